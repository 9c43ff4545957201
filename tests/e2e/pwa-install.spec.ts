// Install, offline shell and Cache Storage as Chrome sees them (issue 15; SECURITY.md D1, G2).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForOfflineReady } from './app';
import { logInAs } from './log-in-as';
import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';

test('Chrome finds Gezien installable: a complete manifest and no installability errors', async ({
  playwright,
  baseURL,
}, testInfo) => {
  // Playwright's usual contexts are incognito, where Chrome never offers to install: use a profile.
  const profile = mkdtempSync(join(tmpdir(), 'gezien-install-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    baseURL,
    viewport: { width: 390, height: 844 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/login');
  await waitForOfflineReady(page);
  const cdp = await context.newCDPSession(page);

  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  const data = JSON.parse(manifest.data ?? '{}') as Record<string, unknown> & {
    icons: { sizes: string; purpose: string }[];
    screenshots: { form_factor: string }[];
    shortcuts: { url: string }[];
  };
  expect(data).toMatchObject({ id: '/', name: 'Gezien', short_name: 'Gezien', lang: 'nl', dir: 'ltr' });
  expect(data.description).toBeTruthy();
  expect(data.theme_color).toBeTruthy();
  expect(data.background_color).toBeTruthy();
  expect(data.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
    '192x192 any',
    '192x192 maskable',
    '512x512 any',
    '512x512 maskable',
  ]);
  expect(data.screenshots.map((shot) => shot.form_factor).sort()).toEqual(['narrow', 'wide']);
  expect(data.shortcuts.map((shortcut) => shortcut.url)).toEqual(['/', '/besluiten', '/mijn-reacties']);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
    'href',
    /apple-touch-icon\.png$/,
  );

  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  await context.close();
});

test('the service worker precaches every lazy page and translation chunk, and nothing under /api', async ({
  request,
}) => {
  const sw = await (await request.get('/sw.js')).text();
  const precached = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]));
  const chunks = readdirSync('dist/assets').filter((file) => /\.(js|css)$/.test(file));
  expect(chunks.length).toBeGreaterThan(20);
  expect(chunks.filter((file) => !precached.has(`assets/${file}`))).toEqual([]);
  expect([...precached].filter((url) => url?.includes('api/'))).toEqual([]);
  expect(readFileSync('dist/index.html', 'utf8')).toContain('rel="manifest"');
});

test('after API calls, Cache Storage holds no /api/ URL', async ({ page }) => {
  await logInAs(page, 'naima');
  await page.goto('/sessies');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/besluiten');
  await expect(page.getByRole('heading', { level: 1, name: 'Besluiten' })).toBeVisible();

  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  expect(cached.length).toBeGreaterThan(20);
  expect(cached.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);
});

test('the neutral name changes the installed name, the icon and every page title', async ({ page }) => {
  await logInAs(page, 'naima');
  const settings = new SettingsPage(page);
  await settings.openFromMenu();

  await settings.chooseNeutralName();

  await expect(page).toHaveTitle('Notities');
  await page.getByRole('link', { name: 'Besluiten', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Besluiten' })).toBeVisible();
  await expect(page).toHaveTitle('Notities');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Besluiten' })).toBeVisible();
  await expect(page).toHaveTitle('Notities');
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.url).toMatch(/manifest-neutral\.webmanifest$/);
  expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: 'Notities', short_name: 'Notities' });
  expect(manifest.data).not.toMatch(/Gezien|gezin|besluit/i);
});
