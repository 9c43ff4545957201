import { expect, test, type Page } from '@playwright/test';
import { demoIds } from '../../src/server/demo/demo-family';
import { LoginPage } from './pages/login-page';
import { sidewaysOverflow } from './pages/route-styles';

// Issue 10: the console is desktop first but must work on a tablet and a phone. Every console
// screen of the demo case, opened on a 360 px phone and a 768 px tablet: its heading shows and the
// page never scrolls sideways (tables and forms fold or scroll inside themselves).
const caseUrl = `/pro/dossier/${demoIds.case}`;
const screens = [
  '/pro',
  '/pro/nieuw',
  '/pro/inbox',
  caseUrl,
  `${caseUrl}/gezin/nieuw`,
  `${caseUrl}/gezin/${demoIds.members.naima}`,
  `${caseUrl}/betrokken`,
  `${caseUrl}/betrokken/nieuw`,
  `${caseUrl}/team`,
  `${caseUrl}/besluiten`,
  `${caseUrl}/besluiten/nieuw`,
  `${caseUrl}/besluiten/${demoIds.decisions.ots}`,
  `${caseUrl}/besluiten/${demoIds.decisions.ots}/redenen/nieuw`,
  `${caseUrl}/afspraken`,
  `${caseUrl}/afspraken/nieuw`,
  `${caseUrl}/logboek`,
];

async function expectFits(page: Page, width: number) {
  await page.setViewportSize({ width, height: 800 });
  for (const path of screens) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/Unexpected Application Error/)).toHaveCount(0);
    expect(await sidewaysOverflow(page), `${path} scrolls sideways at ${width} px`).toBe(0);
  }
}

test('every console screen fits a phone and a tablet without sideways scroll', async ({ page }) => {
  test.setTimeout(240_000);
  await new LoginPage(page).open();
  await new LoginPage(page).logIn('jeugdbeschermer');
  await expect(page).toHaveURL(/\/pro$/, { timeout: 20_000 });

  await expectFits(page, 360);
  await expectFits(page, 768);
});
