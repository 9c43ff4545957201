import { expect, test } from '@playwright/test';
import { goOffline, waitForOfflineReady } from './app';
import { LoginPage } from './pages/login-page';
import { MyStoryPage } from './pages/my-story-page';

test('Naima writes her story offline, closes the tab, finds it unsent, and it arrives once when she is back online', async ({
  browser,
  context,
  page,
}) => {
  const text = `Mijn verhaal, geschreven in de trein ${Date.now()}`;
  await new LoginPage(page).open();
  await new LoginPage(page).logIn('naima');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const story = new MyStoryPage(page);
  await story.open();
  await expect(story.heading()).toBeVisible();
  await waitForOfflineReady(page);

  await goOffline(context);
  await story.writeStory(text, 'Iedereen in onze zaak in Gezien');
  await expect(story.savedNotice()).toBeVisible();
  await expect(story.story(text)).toContainText('Nog niet verstuurd');
  await page.close();

  // A new tab, still without internet: the story is on the device, marked as not sent yet.
  const again = await context.newPage();
  const reopened = new MyStoryPage(again);
  await reopened.open();
  await expect(reopened.story(text)).toContainText('Nog niet verstuurd');
  await expect(reopened.syncStatus()).toContainText('1 wijziging nog niet verstuurd');

  await context.setOffline(false);
  await expect(reopened.story(text)).toContainText('Verstuurd', { timeout: 20_000 });
  await expect(reopened.syncStatus()).not.toContainText('nog niet verstuurd');

  // The jeugdbeschermer, on another device, receives it exactly once.
  const professional = await browser.newContext();
  const proPage = await professional.newPage();
  await new LoginPage(proPage).open();
  await new LoginPage(proPage).logIn('jeugdbeschermer');
  await proPage.waitForURL((url) => !url.pathname.startsWith('/login'));
  const copies = await proPage.evaluate(async (wanted) => {
    type Page = {
      more?: boolean;
      cursor: string;
      changes: { op: string; entity: string; value?: { text?: string } }[];
    };
    let cursor: string | null = null;
    let found = 0;
    // A new device's first pull comes in pages; read them all.
    for (let page = 0; page < 100; page += 1) {
      const response = await fetch('/api/sync/pull', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'gezien' },
        body: JSON.stringify({ protocolVersion: 1, clientId: 'e2e-professional-check', cursor }),
      });
      const body = (await response.json()) as Page;
      found += body.changes.filter(
        (c) => c.op === 'put' && c.entity === 'perspective' && c.value?.text === wanted,
      ).length;
      if (!body.more) break;
      cursor = body.cursor;
    }
    return found;
  }, text);
  expect(copies).toBe(1);
  await professional.close();
});
