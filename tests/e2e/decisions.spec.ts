import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addDays, addMonths, todayInNl } from '../../src/shared/catalog/dates';
import { DecisionsPage } from './pages/decisions-page';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';

const ARTIFACTS = 'tests/e2e/artifacts';
const longDate = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

/** A whole page at 390 px wide, and the same page cut into phone-sized parts to look at. */
async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, part = 1; y < height && part <= 10; y += 800, part += 1) {
    const width = page.viewportSize()?.width ?? 390;
    const clip = { x: 0, y, width, height: Math.min(844, height - y) };
    await page.screenshot({ path: `${ARTIFACTS}/${name}-part${part}.png`, fullPage: true, clip });
  }
}

/** Every rule axe knows, on the whole page including the shell. */
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('Naima reads why the OTS was decided and sees she has 9 days left to object', async ({ page }) => {
  // A long story with full-page screenshots and four axe runs.
  test.setTimeout(180_000);
  const today = todayInNl();
  const login = new LoginPage(page);
  const home = new HomePage(page);
  const decisions = new DecisionsPage(page);

  await login.open();
  await login.logIn('naima');

  await expect(home.heading()).toBeVisible();
  await expect(home.runningTerms()).toContainText('Nog 9 dagen om iets te doen tegen');
  await expect(home.myContact()).toContainText('Joyce Bakker');
  await screenshot(page, 'home');
  await expectNoAxeViolations(page);

  await home.openSection('Besluiten');
  await expect(decisions.heading()).toBeVisible();
  await expect(decisions.card(/Schriftelijke aanwijzing/)).toContainText('Nog 9 dagen om te reageren');
  await screenshot(page, 'decisions');
  await expectNoAxeViolations(page);

  await decisions.openDecision(/Schriftelijke aanwijzing/);
  await expect(decisions.decisionHeading(/Schriftelijke aanwijzing/)).toBeVisible();
  await expect(decisions.runningTerm()).toContainText('Nog 9 dagen');
  const askJudge = decisions.route('De rechter vragen de aanwijzing te laten vervallen');
  await expect(askJudge).toContainText('Nog 9 dagen');
  await expect(askJudge).toContainText(`Uiterlijk ${longDate(addDays(today, 9))}`);
  await expect(askJudge).toContainText('Jij mag dit doen.');
  await screenshot(page, 'decision-aanwijzing');
  await expectNoAxeViolations(page);

  await decisions.backToList();
  await decisions.openDecision(/Ondertoezichtstelling/);
  await expect(decisions.decisionHeading(/Ondertoezichtstelling/)).toBeVisible();
  for (const kind of ['Feit', 'Gezien of gehoord', 'Mening', 'Zorg', 'Wat goed gaat']) {
    await expect(decisions.reasonKind(kind)).toBeVisible();
  }
  const appeal = decisions.route('Hoger beroep');
  const appealUntil = addMonths(addMonths(today, -7), 3);
  await expect(appeal).toContainText(longDate(appealUntil));
  await expect(appeal).toContainText('De termijn is voorbij');
  await screenshot(page, 'decision-ots');
  await expectNoAxeViolations(page);

  // Text at 200% zoom: 320 CSS px wide (WCAG reflow) and nothing needs a sideways scroll.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/besluiten', page.url()]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Text running out of its box counts too (a long word in a heading), not only page scroll.
    const overflow = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLElement>('main *')].filter(
        (el) => el.clientWidth > 0 && getComputedStyle(el).overflow === 'visible',
      );
      const spill = Math.max(0, ...boxes.map((el) => el.scrollWidth - el.clientWidth));
      return Math.max(spill, document.documentElement.scrollWidth - window.innerWidth);
    });
    expect(overflow, `sideways scroll on ${path}`).toBeLessThanOrEqual(0);
  }
  await screenshot(page, 'decision-ots-320');
});
