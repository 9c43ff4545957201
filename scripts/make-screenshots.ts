/**
 * `npx tsx scripts/make-screenshots.ts http://127.0.0.1:3000`: real screenshots of the running demo
 * app for the manifest's install dialog (public/screenshots/): Mijn overzicht on a phone (narrow)
 * and Wie is betrokken on a wide screen. Uses Debian's Chromium, like the end-to-end tests.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = 'public/screenshots';

async function shoot(
  browser: Browser,
  name: string,
  path: string,
  width: number,
  height: number,
  scale: number,
) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: scale,
    locale: 'nl-NL',
  });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('Gebruikersnaam').fill('naima');
  await page
    .getByLabel('Wachtwoord', { exact: true })
    .fill(process.env.GEZIEN_DEMO_PASSWORD ?? 'gezien-demo');
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('link', { name: 'Overzicht', exact: true }).waitFor();
  if (path !== '/') await page.getByRole('link', { name: 'Betrokken', exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  // Lazy pages fill in after their first paint.
  await page.waitForTimeout(1_500);
  await page.screenshot({ path: `${out}/${name}.png` });
  await context.close();
}

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
await shoot(browser, 'narrow', '/', 390, 844, 2);
await shoot(browser, 'wide', 'betrokken', 1280, 800, 1);
await browser.close();
console.log(`wrote ${out}/narrow.png and ${out}/wide.png`);
