import { expect, test } from '@playwright/test';
import { waitForOfflineReady, goOffline } from './app';
import { BottomNav } from './pages/bottom-nav';
import { InvolvedPage } from './pages/involved-page';
import { LoginPage } from './pages/login-page';

test('Naima logs in and sees her contact person on top of Wie is betrokken, also offline', async ({
  page,
  context,
}) => {
  const login = new LoginPage(page);
  const involved = new InvolvedPage(page);

  await login.open();
  await login.logIn('naima');
  await new BottomNav(page).goTo('Betrokken');

  await expect(involved.heading()).toBeVisible();
  await expect(involved.myContact()).toContainText('jeugdbeschermer', { ignoreCase: true });
  await expect(involved.firstCard()).toBeVisible();
  await expect(involved.myContact().getByRole('link', { name: /bel/i })).toHaveAttribute('href', /^tel:/);
  await expect(involved.earlierContacts()).toBeVisible();

  await waitForOfflineReady(page);
  await goOffline(context);
  await page.reload();

  await expect(involved.heading()).toBeVisible();
  await expect(involved.myContact()).toContainText('jeugdbeschermer', { ignoreCase: true });
});

test('a wrong password gives a plain Dutch error and no way in', async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  await login.logIn('naima', 'niet-het-wachtwoord');
  await expect(login.errorMessage()).toContainText(/klopt niet/i);
  await expect(page).toHaveURL(/\/login$/);
});
