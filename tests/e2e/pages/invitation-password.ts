import type { Page } from '@playwright/test';

/** The password half of the invitation page (/welkom), after the code. */
export class InvitationPassword {
  constructor(private readonly page: Page) {}

  async createAccount(username: string, password: string) {
    await this.page.getByLabel('Kies een gebruikersnaam').fill(username);
    await this.page.getByLabel('Kies een wachtwoord').fill(password);
    await this.page.getByRole('button', { name: 'Account maken' }).click();
  }
}
