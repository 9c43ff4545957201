import type { Page } from '@playwright/test';

/** The invitation page (/welkom#t=…): the code, then a passkey or a password. */
export class InvitationPage {
  constructor(private readonly page: Page) {}

  async open(link: string) {
    await this.page.goto(link);
  }

  async enterCode(code: string) {
    await this.page.getByLabel('Code van 6 cijfers').fill(code);
    await this.page.getByRole('button', { name: 'Verder' }).click();
  }

  passkeyExplanation() {
    return this.page.getByText('Een passkey is een veilige sleutel');
  }

  async makePasskey() {
    await this.page.getByRole('button', { name: 'Passkey maken' }).click();
  }

  errorMessage() {
    return this.page.getByRole('alert');
  }
}
