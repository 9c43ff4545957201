import type { Page } from '@playwright/test';

/** The bar on top of every screen: "Snel weg" and "Ik voel me niet veilig". */
export class SafetyBar {
  constructor(private readonly page: Page) {}

  quickExit() {
    return this.page.getByRole('button', { name: 'Snel weg' });
  }

  unsafe() {
    return this.page.getByRole('button', { name: 'Ik voel me niet veilig' });
  }

  helpPanel() {
    return this.page.getByRole('region', { name: 'Hulp als je je niet veilig voelt' });
  }

  async pressShiftThreeTimes() {
    for (let i = 0; i < 3; i += 1) await this.page.keyboard.press('Shift');
  }
}
