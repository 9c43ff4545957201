import type { BrowserContext, Page } from '@playwright/test';

/** Waits until the service worker controls the page, so the app can open with no network. */
export async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
  });
}

export async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
}
