// Issue 16: axe (WCAG 2.2 A/AA) on every route of the family app and the console, in Dutch and in
// Arabic (right to left). Every route is listed in the output with its count; all must be 0.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { logInIn, useLanguage } from './log-in-lang';
import { text } from './texts';

test.describe.configure({ timeout: 300_000 });

const familyRoutes = [
  '/',
  '/besluiten',
  '/betrokken',
  '/mijn-verhaal',
  '/mijn-reacties',
  '/afspraken',
  '/rechten',
  '/begrippen',
  '/sessies',
  '/instellingen',
  '/toegang',
];

async function check(page: Page, lng: string, route: string, found: Map<string, string[]>) {
  if (page.url() !== new URL(route, page.url()).href) await page.goto(route);
  // Never axe a page the app sent us away from (a login screen instead of the route).
  await expect(page).toHaveURL(new URL(route, page.url()).href);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
  // Loading states end before axe looks: no "even geduld" left in the main part.
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: /…$/ })).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  const violations = await axeViolations(page);
  found.set(`${lng} ${route}`, violations);
  console.log(`axe ${lng.padEnd(2)} ${route.padEnd(60)} ${violations.length} violation(s)`);
}

/** Addresses on the page that match a pattern, so routes with ids are found as a person finds them. */
async function hrefs(page: Page, pattern: RegExp): Promise<string[]> {
  const read = async () => {
    const all = await page
      .locator('main a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    return [...new Set(all.filter((href) => pattern.test(href)))];
  };
  // The page fills from IndexedDB after its heading shows: wait until the links are there.
  await expect.poll(async () => (await read()).length, { timeout: 15_000 }).toBeGreaterThan(0);
  return read();
}

for (const lng of ['nl', 'ar']) {
  test(`every family route in ${lng} has no axe violations`, async ({ page, context }) => {
    await useLanguage(context, lng);
    const found = new Map<string, string[]>();
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('dir', lng === 'ar' ? 'rtl' : 'ltr');
    await check(page, lng, '/login', found);
    await check(page, lng, '/welkom', found);

    await logInIn(page, lng, 'naima');
    for (const route of familyRoutes) await check(page, lng, route, found);
    await page.goto('/besluiten');
    const [decision] = await hrefs(page, /^\/besluiten\/[\w-]+$/);
    expect(decision, 'a decision to open').toBeTruthy();
    await check(page, lng, decision!, found);

    for (const [route, violations] of found) expect.soft(violations, `axe on ${route}`).toEqual([]);
  });

  test(`every console route in ${lng} has no axe violations`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, isMobile: false });
    await useLanguage(context, lng);
    const page = await context.newPage();
    const found = new Map<string, string[]>();
    await logInIn(page, lng, 'jeugdbeschermer');
    await expect(page).toHaveURL(/\/pro$/);
    await check(page, lng, '/pro', found);
    await check(page, lng, '/pro/nieuw', found);

    await page.goto('/pro');
    const [caseHref] = await hrefs(page, /^\/pro\/dossier\/[\w-]+$/);
    expect(caseHref, 'a case to open').toBeTruthy();
    await check(page, lng, caseHref!, found);
    const members = await hrefs(page, /\/gezin\/(?!nieuw$)[\w-]+$/);
    const invites = await hrefs(page, /\/gezin\/[\w-]+\/uitnodiging$/);
    const viewAs = await hrefs(page, /\/bekijk-als\/[\w-]+$/);
    const rest = [
      `${caseHref}/gezin/nieuw`,
      members[0]!,
      invites[0]!,
      `${caseHref}/betrokken`,
      `${caseHref}/betrokken/nieuw`,
      `${caseHref}/team`,
      viewAs[0]!,
      `${caseHref}/besluiten`,
      `${caseHref}/besluiten/nieuw`,
      `${caseHref}/afspraken`,
      `${caseHref}/afspraken/nieuw`,
      `${caseHref}/logboek`,
      '/pro/inbox',
    ];
    for (const route of rest) {
      expect(route, 'every console address found').toBeTruthy();
      await check(page, lng, route, found);
    }
    await page.goto(`${caseHref}/betrokken`);
    const involvement = (await hrefs(page, /\/betrokken\/(?!nieuw$)[\w-]+$/))[0];
    expect(involvement, 'an involvement to edit').toBeTruthy();
    await check(page, lng, involvement!, found);

    // The Arabic console really is Arabic: the case list's heading comes from locales/ar.
    if (lng === 'ar') {
      await page.goto('/pro');
      await expect(
        page.getByRole('heading', { level: 1, name: text('ar', 'pro', 'cases.title') }),
      ).toBeVisible();
    }
    for (const [route, violations] of found) expect.soft(violations, `axe on ${route}`).toEqual([]);
    await context.close();
  });
}
