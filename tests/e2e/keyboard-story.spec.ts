// Issue 16: the whole story without a mouse. Naima logs in, finds her contact, reads a decision, adds
// her side in Mijn verhaal and logs out, with Tab, Shift+Tab, Enter, Space and typing only; every
// stop shows a visible focus that nothing covers.
import { expect, test } from '@playwright/test';
import { waitForOfflineReady } from './app';
import { tabTo } from './keyboard';

test('Naima does everything with the keyboard: log in, contact, decision, her story, log out', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await page.goto('/login');

  await tabTo(page, page.getByLabel('Gebruikersnaam'));
  await page.keyboard.type('naima');
  await tabTo(page, page.getByLabel('Wachtwoord', { exact: true }));
  await page.keyboard.type('gezien-demo');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn overzicht' })).toBeVisible({
    timeout: 20_000,
  });
  await waitForOfflineReady(page);

  // The contact: through the menu to Betrokken, then to the call link of my contact.
  await tabTo(page, nav.getByRole('link', { name: 'Betrokken', exact: true }));
  await page.keyboard.press('Enter');
  const contact = page.getByRole('region', { name: 'Mijn contactpersoon' });
  await expect(contact.getByRole('article')).toBeVisible();
  await tabTo(page, contact.getByRole('link', { name: /^Bel / }));

  // A decision: the list, then the first decision, read to its reasons.
  await tabTo(page, nav.getByRole('link', { name: 'Besluiten', exact: true }));
  await page.keyboard.press('Enter');
  const firstDecision = main.locator('a[href^="/besluiten/"]').first();
  await expect(firstDecision).toBeVisible();
  await tabTo(page, firstDecision);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/besluiten\/[\w-]+$/);
  await expect(main.getByRole('heading', { level: 2, name: 'Waarom? De redenen' })).toBeVisible();
  await tabTo(page, main.getByRole('link', { name: 'Terug naar alle besluiten' }), { back: true });

  // Her side of the story, under Meer → Mijn verhaal.
  await tabTo(page, nav.getByRole('button', { name: 'Meer' }));
  await page.keyboard.press('Enter');
  await tabTo(page, nav.getByRole('link', { name: 'Mijn verhaal' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn verhaal' })).toBeVisible();
  const words = `Met het toetsenbord geschreven ${Date.now()}`;
  await tabTo(page, page.getByLabel('Jouw verhaal'));
  await page.keyboard.type(words);
  // A radio group is one Tab stop (the chosen one); the arrow keys choose within it.
  const professionals = page.getByRole('radio', { name: 'Alleen de hulpverleners' });
  await tabTo(page, page.getByRole('radio', { checked: true }));
  for (let step = 0; step < 3 && !(await professionals.isChecked()); step++)
    await page.keyboard.press('ArrowDown');
  await expect(professionals).toBeChecked();
  await expect(professionals).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Bewaren en versturen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Bewaard' })).toBeVisible();
  const story = page.getByTestId('story-item').filter({ hasText: words });
  await expect(story).toHaveAttribute('data-state', 'sent', { timeout: 20_000 });

  // Out: back up to the header's Uitloggen.
  await tabTo(page, page.getByRole('button', { name: 'Uitloggen' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/login$/, { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
});
