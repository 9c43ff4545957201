import { expect, test, type Page } from '@playwright/test';
import { goOffline, waitForOfflineReady } from './app';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';

/** What a shared phone keeps of Gezien after logout: database names and cache names. */
async function localTraces(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
  }));
}

async function logInAsNaima(page: Page) {
  const login = new LoginPage(page);
  await login.open();
  await login.logIn('naima');
  await expect(new HomePage(page).heading()).toBeVisible();
  await waitForOfflineReady(page);
}

test('logging out leaves no case data on the phone, and back shows nothing', async ({ page }) => {
  await logInAsNaima(page);

  await page.getByRole('button', { name: 'Uitloggen' }).click();

  await expect(page).toHaveURL(/\/login$/, { timeout: 10_000 });
  expect(await localTraces(page)).toEqual({ databases: [], caches: [] });
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Mijn overzicht' })).toHaveCount(0);
  const pull = await page.request.post('/api/sync/pull', {
    headers: { 'X-Requested-With': 'gezien' },
    data: { protocolVersion: 1, clientId: 'e2e-after-logout', cursor: null },
  });
  expect(pull.status()).toBe(401);
});

test('logging out without a connection still wipes the phone', async ({ page, context }) => {
  await logInAsNaima(page);
  await goOffline(context);

  await page.getByRole('button', { name: 'Uitloggen' }).click();

  await expect(page).toHaveURL(/\/login$/, { timeout: 10_000 });
  expect((await localTraces(page)).databases).toEqual([]);
});
