import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goOffline } from './app';
import { logInAs } from './log-in-as';
import { LoginPage } from './pages/login-page';
import { apiAs, storedPerspectives, VoicePanel } from './pages/voice';

// Issue 9: the family's voice, through the UI as a person uses it; the professional's side goes
// through the API (the console's inbox is another issue's).
const OLD_TEXT =
  'Naima en Daan zijn uit elkaar. Ze hebben allebei het gezag over Sam en Lina. De kinderen wonen bij Naima.';
const NEW_TEXT =
  'Naima en Daan zijn uit elkaar. Ze hebben allebei het gezag. Sam en Lina wonen om de week bij Naima en bij Daan.';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('Naima asks offline to change a reason, and sees it read, answered and changed', async ({
  browser,
  context,
  page,
}) => {
  test.setTimeout(240_000);
  const words = `Sinds de zomer wonen de kinderen om de week bij Daan. ${Date.now()}`;
  await logInAs(page, 'naima');

  // Offline, she opens the OTS and says a reason is no longer so.
  await goOffline(context);
  await page.getByRole('link', { name: 'Besluiten' }).first().click();
  await page.getByRole('link', { name: /Ondertoezichtstelling/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Ondertoezichtstelling/ })).toBeVisible();
  const reason = () =>
    page.getByRole('article').filter({ has: page.getByText(/^Naima en Daan zijn uit elkaar/) });
  const voice = new VoicePanel(page, reason());
  await voice.open();
  await voice.write('Dit is niet meer zo', words);
  await expect(reason().getByRole('radio', { name: /Alleen de hulpverleners/ })).toBeChecked();
  await expect(voice.readers()).toContainText('Joyce Bakker (jeugdbeschermer)');
  await expect(voice.readers()).not.toContainText('Daan');
  await expectNoAxeViolations(page);
  await voice.send();
  await expect(voice.item(words)).toContainText('Nog niet verstuurd');

  // A reload, still offline: it waits on the device.
  await page.reload();
  await expect(voice.item(words)).toContainText('Nog niet verstuurd');

  await context.setOffline(false);
  // The sync engine tries again on 'online', and at the latest on its one-minute timer: Chromium's
  // offline emulation sends no 'online' event to a page that was reloaded while offline.
  await expect(voice.item(words)).toContainText('Verstuurd', { timeout: 75_000 });

  // The jeugdbeschermer reads it, answers, changes the reason and resolves the request.
  const proContext = await browser.newContext();
  const proPage = await proContext.newPage();
  await new LoginPage(proPage).open();
  await new LoginPage(proPage).logIn('jeugdbeschermer');
  await proPage.waitForURL((url) => !url.pathname.startsWith('/login'));
  const api = await apiAs(proPage);
  const changes = await api.pull();
  const request = changes.find((c) => c.entity === 'perspective' && c.value.text === words)!.value;
  const statement = changes.find((c) => c.entity === 'statement' && c.value.text === OLD_TEXT)!.value;
  const reply = 'Dank je, Naima. Ik heb de reden aangepast.';
  const { history: _history, ...statementValue } = statement;
  for (const [name, args] of [
    ['perspective.markRead', { id: request.id }],
    ['reply.add', { id: crypto.randomUUID(), perspectiveId: request.id, text: reply }],
    ['statement.put', { value: { ...statementValue, text: NEW_TEXT, status: 'corrected' } }],
    [
      'perspective.resolve',
      { id: request.id, outcome: 'corrected', reason: 'De school en Daan bevestigen het.' },
    ],
  ] as const) {
    expect((await api.push(name, args)).status).toBe(200);
  }
  await proContext.close();

  // Naima sees: read by Joyce, the answer, changed, the new text and the old one marked replaced.
  await page.reload();
  const changed = page.getByRole('article').filter({ has: page.getByText(NEW_TEXT, { exact: true }) });
  const item = changed.getByTestId('voice-item').filter({ hasText: words });
  await expect(item).toContainText('Aangepast', { timeout: 30_000 });
  await expect(item).toContainText('Gelezen door Joyce Bakker');
  await expect(item).toContainText(reply);
  await changed.getByText('Eerdere tekst bekijken').click();
  await expect(changed.locator('del')).toHaveText(OLD_TEXT);
  await expect(changed).toContainText('Vervangen op');
  await expectNoAxeViolations(page);

  await page.goto('/mijn-reacties');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn reacties' })).toBeVisible();
  await expect(page.getByTestId('voice-item').filter({ hasText: words })).toContainText('Aangepast');
  await expectNoAxeViolations(page);
});

test('Sam fills in his Three Houses for his jeugdbeschermer only; his parents’ devices never receive it', async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const marker = `Geheim voor Joyce ${Date.now()}`;
  await logInAs(page, 'sam');
  await page.goto('/mijn-verhaal');
  await page.getByRole('link', { name: 'Drie Huizen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Drie Huizen' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Alleen de hulpverleners/ })).toBeChecked();
  await expect(page.getByTestId('readers-preview')).toContainText('Joyce Bakker');
  await expect(page.getByTestId('readers-preview')).not.toContainText('Naima');
  await page.getByLabel('Waar maak je je zorgen over? Wat vind je moeilijk?').fill(marker);
  await page.getByRole('button', { name: 'Bewaren en versturen' }).click();
  await expect(page.getByTestId('houses-status')).not.toContainText('Nog niet verstuurd', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('houses-status')).toContainText('Verstuurd');
  await expectNoAxeViolations(page);
  const samsHouses = (await storedPerspectives(page)).rows.find((r) => r.stance === 'three-houses')!;
  expect(JSON.stringify(samsHouses.houses)).toContain(marker);

  for (const parent of ['daan', 'naima']) {
    const parentContext = await browser.newContext();
    const parentPage = await parentContext.newPage();
    await logInAs(parentPage, parent);
    await expect
      .poll(async () => (await storedPerspectives(parentPage)).cursor, { timeout: 20_000 })
      .not.toBeNull();
    const { rows } = await storedPerspectives(parentPage);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id)).not.toContain(samsHouses.id);
    expect(JSON.stringify(rows)).not.toContain(marker);
    await parentContext.close();
  }
});
