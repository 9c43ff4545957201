// Issue 16: the main family screens in Arabic at 390×844, kept as pictures for a person to look at
// (test-results/…/rtl-*.png), and checked where a machine can: right to left on the document, Dutch
// case content left to right with a note that it is Dutch, Latin digits in dates, nothing wider than
// the screen, also at 320 px.
import { expect, test, type Page } from '@playwright/test';
import { logInIn, useLanguage } from './log-in-lang';
import { text } from './texts';

test.describe.configure({ timeout: 240_000 });

async function noSideways(page: Page, width: number) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal scroll at ${width}px on ${page.url()}`).toBeLessThanOrEqual(0);
}

async function picture(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await noSideways(page, 390);
  await page.screenshot({ path: test.info().outputPath(`rtl-${name}.png`) });
  await page.screenshot({ path: test.info().outputPath(`rtl-${name}-full.png`), fullPage: true });
  await page.setViewportSize({ width: 320, height: 844 });
  await noSideways(page, 320);
  await page.setViewportSize({ width: 390, height: 844 });
}

test('the main family screens in Arabic, right to left, at 390×844 and 320 px', async ({ page, context }) => {
  await useLanguage(context, 'ar');
  const main = page.getByRole('main');
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(
    page.getByRole('heading', { level: 1, name: text('ar', 'auth', 'login.title') }),
  ).toBeVisible();
  await picture(page, '01-login');

  await logInIn(page, 'ar', 'naima');
  await expect(page.getByRole('heading', { level: 1, name: text('ar', 'home', 'title') })).toBeVisible();
  await picture(page, '02-home');

  await page.goto('/betrokken');
  await expect(page.getByRole('region', { name: text('ar', 'involved', 'myContact.title') })).toBeVisible();
  await picture(page, '03-involved');

  await page.goto('/besluiten');
  await expect(main.getByText(text('ar', 'common', 'caseContent.inDutch'))).toBeVisible();
  const decisionLink = main.locator('a[href^="/besluiten/"]').first();
  await expect(decisionLink).toHaveAttribute('lang', 'nl');
  await picture(page, '04-decisions');

  await decisionLink.focus();
  await page.keyboard.press('Enter');
  const title = main.getByRole('heading', { level: 1 });
  await expect(title).toHaveAttribute('lang', 'nl');
  // Dutch written by professionals keeps its own direction inside the Arabic page.
  expect(await title.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  expect(await main.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // Dates in Arabic words with Latin digits, like the numbers in the texts around them.
  const decidedOn = main
    .getByText(text('ar', 'decisions', 'facts.on'))
    .locator('xpath=following-sibling::dd[1]');
  await expect(decidedOn).toHaveText(/^\d{1,2} \p{Script=Arabic}+ \d{4}$/u);
  await picture(page, '05-decision');
  // The duration bar runs from the right: start on the right, end on the left.
  await main
    .getByRole('heading', { level: 2, name: text('ar', 'decisions', 'duration.title') })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('rtl-05b-decision-duration.png') });

  await page.goto('/afspraken');
  await expect(main.getByRole('heading', { level: 1, name: text('ar', 'events', 'title') })).toBeVisible();
  await picture(page, '06-events');

  await page.goto('/rechten');
  await expect(
    main.getByRole('heading', { level: 1, name: text('ar', 'rightspage', 'title') }),
  ).toBeVisible();
  await picture(page, '07-rights');

  await page.goto('/mijn-verhaal');
  await expect(main.getByRole('heading', { level: 1, name: text('ar', 'mystory', 'title') })).toBeVisible();
  await picture(page, '08-my-story');

  await page.goto('/instellingen');
  await expect(
    main.getByRole('heading', { level: 2, name: text('ar', 'settings', 'language.title') }),
  ).toBeVisible();
  await picture(page, '09-settings');
});
