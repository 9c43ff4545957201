import type { Page } from '@playwright/test';

/** "Veiligheid en instellingen", reached through Meer. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  async openFromMenu() {
    await this.page.getByRole('button', { name: 'Meer' }).click();
    await this.page.getByRole('link', { name: 'Veiligheid' }).click();
    await this.heading().waitFor();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Veiligheid en instellingen' });
  }

  async turnOnPin(pin: string, idle: '1 minuut' | '5 minuten' = '5 minuten') {
    await this.page.getByLabel('Nieuwe pincode').fill(pin);
    await this.page.getByLabel('Herhaal de pincode').fill(pin);
    await this.page.getByLabel('Op slot als je de app niet gebruikt na').selectOption({ label: idle });
    await this.page.getByRole('button', { name: 'Pincode aanzetten' }).click();
    await this.page.getByText('De pincode staat aan.').first().waitFor();
  }

  async chooseNeutralName() {
    await this.page.getByRole('radio', { name: 'Notities (neutraal)' }).check();
  }
}
