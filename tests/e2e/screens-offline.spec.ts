import { expect, test, type Locator, type Page } from '@playwright/test';
import { goOffline, waitForOfflineReady } from './app';
import { BottomNav } from './pages/bottom-nav';
import { EventsPage } from './pages/events-page';
import { GlossaryPage } from './pages/glossary-page';
import { InvolvedPage } from './pages/involved-page';
import { LoginPage } from './pages/login-page';
import { RightsPage } from './pages/rights-page';

type Section = Parameters<BottomNav['goTo']>[0];

/** Each section by its menu name, and something that only shows once its content is read. */
const sections: [Section, (page: Page) => Locator][] = [
  ['Overzicht', (page) => page.getByRole('main').getByRole('heading', { level: 1 })],
  ['Betrokken', (page) => new InvolvedPage(page).myContact()],
  ['Besluiten', (page) => page.getByRole('main').getByRole('heading', { level: 1 })],
  ['Afspraken', (page) => new EventsPage(page).event(/Zitting bij de kinderrechter/)],
  ['Mijn rechten', (page) => new RightsPage(page).help()],
  ['Begrippen', (page) => new GlossaryPage(page).words().first()],
];

async function visitEverySection(page: Page) {
  const nav = new BottomNav(page);
  for (const [section, content] of sections) {
    await nav.goTo(section);
    await expect(content(page)).toBeVisible();
    await expect(page.getByText(/Unexpected Application Error/)).toHaveCount(0);
  }
}

test('everything still opens offline after one visit', async ({ page, context }) => {
  const login = new LoginPage(page);
  await login.open();
  await login.logIn('naima');
  await expect(new BottomNav(page).nav()).toBeVisible();

  await visitEverySection(page);
  await waitForOfflineReady(page);

  await goOffline(context);
  await page.reload();

  // Chromium may keep navigator.onLine true after a reload under network emulation; then the app
  // learns it from the failed sync and says the server cannot be reached. Either way it says so.
  await expect(page.getByTestId('sync-status')).toContainText(/Geen internet|Geen verbinding met de server/);
  await visitEverySection(page);
});
