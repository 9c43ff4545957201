// Issue 13 row 1: logging out offline ends the server session as soon as the phone is online.
import { logInAs } from './log-in-as';
import { expect, test } from '@playwright/test';
import { goOffline } from './app';

test('Sam logs out without a connection; back online, his session is dead within seconds', async ({
  page,
  context,
}) => {
  await logInAs(page, 'sam');
  await goOffline(context);

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login$/, { timeout: 10_000 });

  const sent: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) sent.push(pathname);
  });
  await context.setOffline(false);

  // page.request shares the browser's cookies: the old session cookie is still there.
  await expect
    .poll(async () => (await page.request.get('/api/auth/me')).status(), { timeout: 8_000 })
    .toBe(401);
  expect((await page.request.get('/api/me/export')).status()).toBe(401);
  expect(sent[0]).toBe('/api/auth/logout');
});
