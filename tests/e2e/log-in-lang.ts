import { expect, type BrowserContext, type Page } from '@playwright/test';
import { text } from './texts';

/** Remembers a language on this device before the app starts, as the language switch does. */
export async function useLanguage(context: BrowserContext, lng: string) {
  await context.addInitScript((value) => {
    // about:blank has no storage of its own; the app's pages do.
    if (location.protocol.startsWith('http')) localStorage.setItem('gezien.language', value);
  }, lng);
}

/** Logs in with the labels of the given language and waits for the first page after login. */
export async function logInIn(page: Page, lng: string, username: string) {
  await page.goto('/login');
  await page.getByLabel(text(lng, 'auth', 'login.username')).fill(username);
  await page.getByLabel(text(lng, 'auth', 'login.password'), { exact: true }).fill('gezien-demo');
  await page.getByRole('button', { name: text(lng, 'auth', 'login.submit'), exact: true }).click();
  // The first login installs the service worker and pulls the case: slow on a busy machine.
  await page.waitForURL((url) => url.pathname !== '/login', { timeout: 45_000 });
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
}
