import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BottomNav } from './pages/bottom-nav';
import { InvolvedPage } from './pages/involved-page';
import { LoginPage } from './pages/login-page';

const roles = JSON.parse(readFileSync('locales/nl/roles.json', 'utf8')) as {
  role: Record<string, { what_youth: string }>;
};

test('Sam finds his contact and calls her', async ({ page }) => {
  const login = new LoginPage(page);
  const nav = new BottomNav(page);
  const involved = new InvolvedPage(page);

  await login.open();
  await login.logIn('sam');
  await nav.goTo('Betrokken');

  await expect(involved.heading()).toBeVisible();
  await expect(nav.nav().getByRole('link', { name: 'Betrokken' })).toHaveAttribute('aria-current', 'page');
  const contact = involved.myContact();
  await expect(involved.firstCard()).toBeVisible();
  await expect(contact.getByRole('article')).toHaveAccessibleName(/Joyce/);
  await expect(contact).toContainText(roles.role.gi!.what_youth);
  await expect(contact.getByRole('link', { name: /^Bel / })).toHaveAttribute('href', /^tel:\d+$/);
});
