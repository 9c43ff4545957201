// Shared-device mode (SECURITY.md G4) and a second user on the same browser (D2).
import { logInAs } from './log-in-as';
import { expect, test } from '@playwright/test';
import { databaseNames, readRawIndexedDb } from './device';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { MyStoryPage } from './pages/my-story-page';

test('"not my own device": nothing stored, a session-only cookie, and closing the app logs out', async ({
  page,
  context,
}) => {
  await logInAs(page, 'daan', { sharedDevice: true });
  await page.getByRole('link', { name: 'Betrokken', exact: true }).click();
  await expect(page.getByText('Joyce Bakker').first()).toBeVisible();

  expect(await databaseNames(page)).not.toContain('gezien');
  const cookie = (await context.cookies()).find((c) => c.name === '__Host-gezien');
  expect(cookie?.expires).toBe(-1);

  await page.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await expect
    .poll(async () => (await next.request.get('/api/auth/me')).status(), { timeout: 15_000 })
    .toBe(401);
});

test('a second person logging in on the same browser sees nothing of the first', async ({ page }) => {
  await logInAs(page, 'naima');
  const story = new MyStoryPage(page);
  await story.open();
  await story.writeStory('CANARY alleen voor Naima zelf', 'Alleen ik, in Gezien');
  await expect(story.syncStatus()).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login$/);

  await new LoginPage(page).logIn('daan');
  await expect(new HomePage(page).heading()).toBeVisible({ timeout: 20_000 });
  await story.open();
  await expect(story.heading()).toBeVisible();

  await expect(page.getByText('CANARY alleen voor Naima zelf')).toHaveCount(0);
  expect(await readRawIndexedDb(page)).not.toContain('CANARY');
});
