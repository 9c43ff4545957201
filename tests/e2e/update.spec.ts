// Updates (issue 15): a new version is offered while a draft is open; it waits until the text is
// saved, and the outbox survives the new service worker and the reload.
import { logInAs } from './log-in-as';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { countRaw } from './device';
import { MyStoryPage } from './pages/my-story-page';

const SW_FILE = 'dist/sw.js';
const original = readFileSync(SW_FILE, 'utf8');

/** As a deploy does: the new service worker and the compressed copies the build writes beside it. */
function deployServiceWorker(content: string) {
  writeFileSync(SW_FILE, content);
  if (existsSync(`${SW_FILE}.br`)) writeFileSync(`${SW_FILE}.br`, brotliCompressSync(content));
  if (existsSync(`${SW_FILE}.gz`)) writeFileSync(`${SW_FILE}.gz`, gzipSync(content));
}
test.afterEach(() => deployServiceWorker(original));

test('an update waits for the open draft, and the unsent story survives the update', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await logInAs(page, 'naima');
  // The server cannot be reached for writes: the story stays in the outbox.
  await context.route('**/api/sync/push', (route) => route.abort());
  const story = new MyStoryPage(page);
  await page.getByRole('button', { name: 'Meer' }).click();
  await page.getByRole('link', { name: 'Mijn verhaal', exact: true }).click();
  await expect(story.heading()).toBeVisible();
  await page.getByLabel('Jouw verhaal').fill('Mijn concept over de zomervakantie');

  // A new version of the app is deployed: the service worker file changes on the server.
  deployServiceWorker(`${original}\n// next version\n`);
  await page.evaluate(async () => {
    (window as unknown as { marker: number }).marker = 1;
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const banner = page.getByTestId('update-banner');
  await expect(banner).toBeVisible({ timeout: 20_000 });

  await banner.getByRole('button', { name: 'Nu bijwerken' }).click();
  await expect(banner).toContainText('Bewaar of verstuur die eerst');
  await expect(page.getByLabel('Jouw verhaal')).toHaveValue('Mijn concept over de zomervakantie');
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  await page.getByRole('button', { name: 'Bewaren en versturen' }).click();
  await expect(story.savedNotice()).toBeVisible();
  expect(await countRaw(page, 'outbox')).toBe(1);

  await Promise.all([
    page.waitForEvent('load', { timeout: 20_000 }),
    banner.getByRole('button', { name: 'Nu bijwerken' }).click(),
  ]);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  await expect(story.heading()).toBeVisible();
  expect(await countRaw(page, 'outbox')).toBe(1);
  await expect(story.story('Mijn concept over de zomervakantie')).toBeVisible();

  await context.unroute('**/api/sync/push');
  await page.reload();
  await expect(story.syncStatus()).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
});
