import type { Page } from '@playwright/test';

/** What shows instead of the app while it is locked, or after "Snel weg". */
export class LockScreen {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Vergrendeld' });
  }

  async enterPin(pin: string) {
    await this.page.getByLabel('Pincode').fill(pin);
    await this.page.getByRole('button', { name: 'Openen' }).click();
  }

  error() {
    return this.page.getByRole('alert');
  }
}
