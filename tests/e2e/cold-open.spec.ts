import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoIds } from '../../src/server/demo/demo-family';
import { goOffline } from './app';
import { logInAs } from './log-in-as';
import { classesWithStyles, sidewaysOverflow, unstyledClasses } from './pages/route-styles';

/**
 * Every family route opened cold — a fresh load at its URL, as after a reload, a deep link or an offline
 * start — on a 320 px phone: no sideways scroll, and every class the page uses has its rule loaded
 * (bug a: pages borrowed classes from another route's CSS chunk and lost them when opened directly).
 */
const routes: [string, (page: Page) => Locator][] = [
  ['/', (page) => page.getByRole('region', { name: 'Mijn contactpersoon' })],
  ['/besluiten', (page) => page.getByRole('main').getByRole('article').first()],
  [
    `/besluiten/${demoIds.decisions.aanwijzing}`,
    (page) => page.getByRole('heading', { name: 'Niet eens? Dit kun je doen' }),
  ],
  ['/betrokken', (page) => page.getByRole('main').getByRole('article').first()],
  ['/mijn-verhaal', (page) => page.getByRole('heading', { name: 'Wat ik heb geschreven' })],
  ['/mijn-reacties', (page) => page.getByRole('main').getByRole('heading', { level: 1 })],
  ['/afspraken', (page) => page.getByRole('region', { name: 'Wat komt eraan' })],
  ['/rechten', (page) => page.getByRole('region', { name: 'Wie kan je helpen?' })],
  ['/begrippen', (page) => page.getByRole('main').getByRole('heading', { level: 1 })],
  ['/sessies', (page) => page.getByRole('main').getByRole('heading', { level: 1 })],
  ['/instellingen', (page) => page.getByRole('main').getByRole('heading', { level: 1 })],
  ['/toegang', (page) => page.getByRole('heading', { name: 'Al je gegevens downloaden' })],
];

const styled = classesWithStyles();

async function openCold(page: Page, path: string, ready: (page: Page) => Locator) {
  await page.goto(path);
  await expect(ready(page)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/Unexpected Application Error/)).toHaveCount(0);
  // Folded parts count too: a right opened on a phone must not push the page sideways.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  expect(await sidewaysOverflow(page), `${path} scrolls sideways`).toBe(0);
  expect(await unstyledClasses(page, styled), `${path} misses styles`).toEqual([]);
}

test.use({ viewport: { width: 320, height: 640 } });

test('every family route opens cold at 320 px, styled and without sideways scroll, online and offline', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await logInAs(page, 'naima');

  for (const [path, ready] of routes) await openCold(page, path, ready);

  await goOffline(context);
  for (const [path, ready] of routes) await openCold(page, path, ready);
});

test('the pages this work changed have no axe violations at 320 px', async ({ page }) => {
  await logInAs(page, 'naima');
  for (const path of ['/', `/besluiten/${demoIds.decisions.ots}`, '/rechten']) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
});
