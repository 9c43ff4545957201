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

test('a wrong password gives a plain Dutch error and no way in; the right one then works', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.open();
  await login.logIn('naima', 'niet-het-wachtwoord');
  await expect(login.errorMessage()).toContainText(/klopt niet/i);
  await expect(page).toHaveURL(/\/login$/);

  // After a failure the next try may have to wait a moment (growing delays, SECURITY.md B2). The
  // right password lets Naima in, clears the delay for later logins, and first tells her that
  // someone used a wrong password for her name (issue 13 row 7).
  const warning = page.getByRole('heading', { level: 1, name: 'Iemand probeerde in te loggen' });
  await expect(async () => {
    await login.logIn('naima');
    await expect(warning).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText(/1 keer een verkeerd wachtwoord/)).toBeVisible();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page).not.toHaveURL(/\/login$/);
});
