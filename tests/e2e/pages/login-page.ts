import type { Page } from '@playwright/test';

/** The login screen, found the way a person finds it: by its Dutch labels. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/login');
  }

  async logIn(username: string, password = 'gezien-demo') {
    await this.page.getByLabel('Gebruikersnaam').fill(username);
    await this.page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  }

  errorMessage() {
    return this.page.getByRole('alert');
  }
}
