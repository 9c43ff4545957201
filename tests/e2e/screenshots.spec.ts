// Every screen at phone size in Dutch, saved for a person to look at (tests/e2e/artifacts/, not in git),
// and checked with axe: no WCAG 2.2 A/AA violation on any route.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BottomNav } from './pages/bottom-nav';
import { EventsPage } from './pages/events-page';
import { GlossaryPage } from './pages/glossary-page';
import { InvolvedPage } from './pages/involved-page';
import { LoginPage } from './pages/login-page';
import { RightsPage } from './pages/rights-page';

const ARTIFACTS = 'tests/e2e/artifacts';

// Many full-page pictures and axe runs on a shared machine: more time than a single story needs.
test.describe.configure({ timeout: 240_000 });

async function capture(page: Page, name: string) {
  // Let fonts and lazy chunks settle so the picture shows what a person sees.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
  // The first screens one by one: what a tired parent sees at a glance, and after a scroll or two.
  const { width, height } = page.viewportSize()!;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let part = 0; part < Math.min(3, Math.ceil(total / height)); part++) {
    await page.screenshot({
      path: `${ARTIFACTS}/${name}-screen${part + 1}.png`,
      fullPage: true,
      clip: { x: 0, y: part * height, width, height: Math.min(height, total - part * height) },
    });
  }
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${name}`,
  ).toEqual([]);
}

test('every screen for Naima, at 390×844 in Dutch, without accessibility violations', async ({ page }) => {
  const login = new LoginPage(page);
  const nav = new BottomNav(page);

  await login.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await capture(page, '01-login');

  await login.logIn('naima');
  await expect(nav.nav()).toBeVisible();
  await nav.goTo('Overzicht');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await capture(page, '02-home');

  await nav.goTo('Betrokken');
  await expect(new InvolvedPage(page).myContact()).toBeVisible();
  await capture(page, '03-betrokken');

  await nav.goTo('Besluiten');
  await expect(page.getByRole('heading', { level: 1, name: 'Besluiten' })).toBeVisible();
  const firstDecision = page.getByRole('main').locator('a[href^="/besluiten/"]').first();
  await expect(firstDecision).toBeVisible();
  await capture(page, '04-besluiten');

  await firstDecision.click();
  await expect(page).toHaveURL(/\/besluiten\/[\w-]+$/);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await capture(page, '05-besluit');

  await nav.goTo('Afspraken');
  const events = new EventsPage(page);
  await expect(events.event(/Zitting bij de kinderrechter/)).toBeVisible();
  await capture(page, '06-afspraken');

  await events
    .event(/Zitting bij de kinderrechter/)
    .getByRole('button', { name: /^rechter: / })
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await capture(page, '06b-afspraken-uitleg');
  // The sheet is fixed to the screen: the picture of the screen itself shows it as a person sees it.
  await page.screenshot({ path: `${ARTIFACTS}/06c-afspraken-uitleg-zoals-gezien.png` });
  await page.keyboard.press('Escape');

  await nav.goTo('Mijn rechten');
  await expect(new RightsPage(page).help()).toBeVisible();
  await capture(page, '07-rechten');

  await nav.goTo('Begrippen');
  await expect(new GlossaryPage(page).words().first()).toBeVisible();
  await capture(page, '08-begrippen');

  await nav.nav().getByRole('button', { name: 'Meer' }).click();
  await capture(page, '09-menu-meer');
});

test('the young person’s screens for Sam, without accessibility violations', async ({ page }) => {
  const login = new LoginPage(page);
  const nav = new BottomNav(page);
  await login.open();
  await login.logIn('sam');
  await expect(nav.nav()).toBeVisible();

  await nav.goTo('Afspraken');
  await expect(new EventsPage(page).upcoming()).toBeVisible();
  await capture(page, '10-sam-afspraken');

  await nav.goTo('Mijn rechten');
  await expect(page.getByRole('heading', { level: 2, name: /^Jij bent \d+ jaar$/ })).toBeVisible();
  await capture(page, '11-sam-rechten');
});
