import { expect, type Page } from '@playwright/test';
import { waitForOfflineReady } from './app';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';

/** Logs in as a demo user and waits until Mijn overzicht shows and the app works offline. */
export async function logInAs(page: Page, username: string, options: { sharedDevice?: boolean } = {}) {
  const login = new LoginPage(page);
  await login.open();
  if (options.sharedDevice) await page.getByLabel('Dit is niet mijn eigen apparaat').check();
  await login.logIn(username);
  // The first login installs the service worker and pulls the case: slow on a busy machine.
  await expect(new HomePage(page).heading()).toBeVisible({ timeout: 20_000 });
  if (!options.sharedDevice) await waitForOfflineReady(page);
}
