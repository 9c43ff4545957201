import type { Page } from '@playwright/test';

/** Begrippen: every hard word with its plain explanation, searchable. */
export class GlossaryPage {
  constructor(private readonly page: Page) {}

  async open(term?: string) {
    await this.page.goto(term ? `/begrippen#${term}` : '/begrippen');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Begrippen' });
  }

  search() {
    return this.page.getByRole('searchbox', { name: 'Zoek een woord' });
  }

  words() {
    return this.page.getByRole('main').getByRole('heading', { level: 2 });
  }
}
