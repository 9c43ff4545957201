import type { Page } from '@playwright/test';

/** Afspraken: upcoming events first, each with when, where, who and my own note. */
export class EventsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/afspraken');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Afspraken' });
  }

  upcoming() {
    return this.page.getByRole('region', { name: 'Wat komt eraan' });
  }

  event(title: string | RegExp) {
    return this.page.getByRole('article', { name: title });
  }

  noteOf(title: string | RegExp) {
    return this.event(title).getByRole('textbox', { name: 'Wat wil ik zeggen?' });
  }
}
