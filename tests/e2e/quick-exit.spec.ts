// "Snel weg" and "Ik voel me niet veilig" (SECURITY.md G1, issue 15).
import AxeBuilder from '@axe-core/playwright';
import { logInAs } from './log-in-as';
import { expect, test, type Page } from '@playwright/test';
import { goOffline } from './app';
import { InvolvedPage } from './pages/involved-page';
import { LockScreen } from './pages/lock-screen';
import { SafetyBar } from './pages/safety-bar';

const NEUTRAL = 'https://www.buienradar.nl/';

test.beforeEach(async ({ context }) => {
  // No internet here: the neutral site is answered locally.
  await context.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Het weer</title><h1>Het weer</h1>',
    }),
  );
});

async function logInAsNaima(page: Page) {
  await logInAs(page, 'naima');
}

async function axe(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

test('Shift three times leaves for a weather site without a new history entry, and Back shows no case', async ({
  page,
}) => {
  await logInAsNaima(page);
  await page.getByRole('link', { name: 'Betrokken', exact: true }).click();
  const involved = new InvolvedPage(page);
  await expect(page.getByText('Joyce Bakker').first()).toBeVisible();
  const historyLength = await page.evaluate(() => history.length);

  await new SafetyBar(page).pressShiftThreeTimes();

  await expect(page).toHaveURL(NEUTRAL);
  await expect(page.getByRole('heading', { name: 'Het weer' })).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await page.goBack();
  await expect(new LockScreen(page).heading()).toBeVisible();
  await expect(page.getByText('Joyce Bakker')).toHaveCount(0);
  expect(involved).toBeTruthy();
  await axe(page, 'lock screen after Snel weg');
});

test('the Snel weg button stays on top while scrolling, also with the help panel and warnings open', async ({
  page,
}) => {
  await logInAsNaima(page);
  await page.getByRole('link', { name: 'Betrokken', exact: true }).click();
  await expect(page.getByText('Joyce Bakker').first()).toBeVisible();
  const bar = new SafetyBar(page);
  await bar.unsafe().click();
  await page.mouse.wheel(0, 4000);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));

  const box = await bar.quickExit().boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(60);
  const onTop = await bar.quickExit().evaluate((button) => {
    const rect = button.getBoundingClientRect();
    return document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2) === button;
  });
  expect(onTop).toBe(true);

  await bar.quickExit().click();
  await expect(page).toHaveURL(NEUTRAL);
});

test('"Ik voel me niet veilig" works offline and sends nothing anywhere', async ({ page, context }) => {
  await logInAsNaima(page);
  await goOffline(context);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const bar = new SafetyBar(page);

  await bar.unsafe().click();

  const panel = bar.helpPanel();
  await expect(panel.getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
  await expect(panel.getByRole('link', { name: /Veilig Thuis: 0800-2000/ })).toHaveAttribute(
    'href',
    'tel:08002000',
  );
  await expect(panel.getByRole('link', { name: /Kindertelefoon: 0800-0432/ })).toHaveAttribute(
    'href',
    'tel:08000432',
  );
  expect(requests).toEqual([]);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  await axe(page, 'help panel');
});
