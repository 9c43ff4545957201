import type { Page } from '@playwright/test';

/** Mijn rechten: rights by age, the next birthday that changes them, and who can help. */
export class RightsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/rechten');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Mijn rechten' });
  }

  help() {
    return this.page.getByRole('region', { name: 'Wie kan je helpen?' });
  }

  right(title: string) {
    return this.page.locator('summary', { hasText: title });
  }
}
