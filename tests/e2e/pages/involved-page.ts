import type { Page } from '@playwright/test';

/** Wie is betrokken: my contact on top, then everyone else, then earlier contacts. */
export class InvolvedPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/betrokken');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Wie is betrokken' });
  }

  myContact() {
    return this.page.getByRole('region', { name: 'Mijn contactpersoon' });
  }

  /** The first card on the page, so a test can check what comes on top. */
  firstCard() {
    return this.page.locator('main article').first();
  }

  earlierContacts() {
    return this.page.getByRole('region', { name: 'Eerdere contactpersonen' });
  }
}
