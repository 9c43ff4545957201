import type { Page } from '@playwright/test';

/** The menu at the bottom of every page after login; "Meer" holds the less used pages. */
export class BottomNav {
  constructor(private readonly page: Page) {}

  nav() {
    return this.page.getByRole('navigation', { name: 'Hoofdmenu' });
  }

  async goTo(name: 'Overzicht' | 'Betrokken' | 'Besluiten' | 'Afspraken' | 'Mijn rechten' | 'Begrippen') {
    if (name === 'Mijn rechten' || name === 'Begrippen') {
      await this.nav().getByRole('button', { name: 'Meer' }).click();
    }
    await this.nav().getByRole('link', { name, exact: true }).click();
  }
}
