// The app lock (SECURITY.md D3–D5, issue 15): the phone's copy is sealed, idle locks, 5 wrong PINs wipe.
import AxeBuilder from '@axe-core/playwright';
import { logInAs } from './log-in-as';
import { expect, test, type Page } from '@playwright/test';
import { databaseNames, readRawIndexedDb } from './device';
import { LockScreen } from './pages/lock-screen';
import { SettingsPage } from './pages/settings-page';

const PIN = '482910';
// Case text of the demo family that is on the phone after a sync.
const canaries = ['Joyce Bakker', 'Schriftelijke aanwijzing', 'Naima'];

async function axe(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

test('with the PIN on, a copy of the phone holds no readable case text; idle locks; 5 wrong PINs wipe', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await logInAs(page, 'naima');
  expect(await readRawIndexedDb(page)).toContain('Joyce Bakker');

  const settings = new SettingsPage(page);
  await settings.openFromMenu();
  await axe(page, 'settings');
  await settings.turnOnPin(PIN, '1 minuut');

  const raw = await readRawIndexedDb(page);
  for (const canary of canaries) expect(raw, canary).not.toContain(canary);
  expect(raw).toContain('[binary]');

  // Idle: a minute without touching the phone locks it and drops the key.
  await page.clock.fastForward('01:10');
  const lock = new LockScreen(page);
  await expect(lock.heading()).toBeVisible();
  await expect(page.getByText('Joyce Bakker')).toHaveCount(0);
  await axe(page, 'lock screen');

  await lock.enterPin(PIN);
  await expect(settings.heading()).toBeVisible();

  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(lock.heading()).toBeVisible();

  for (let left = 4; left >= 1; left -= 1) {
    await lock.enterPin('000000');
    await expect(lock.error()).toContainText(`nog ${left} keer`);
  }
  await lock.enterPin('000000');

  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible({ timeout: 15_000 });
  // The database was deleted; the login screen may open an empty one again.
  const after = await readRawIndexedDb(page);
  for (const canary of [...canaries, 'Naima']) expect(after).not.toContain(canary);
  expect(after).not.toContain('[binary]');
  expect(await databaseNames(page)).not.toContain('gezien-lock');
});
