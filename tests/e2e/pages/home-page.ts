import type { Page } from '@playwright/test';

/** Mijn overzicht: the running term, my contact, what is new, the next appointment, the sections. */
export class HomePage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Mijn overzicht' });
  }

  runningTerms() {
    return this.page.getByRole('region', { name: /Let op: je hebt nog maar weinig tijd/ });
  }

  myContact() {
    return this.page.getByRole('region', { name: 'Mijn contactpersoon' });
  }

  nextAppointment() {
    return this.page.getByRole('region', { name: 'Eerstvolgende afspraak' });
  }

  async openSection(name: string) {
    await this.page.getByRole('navigation', { name: 'Alles in Gezien' }).getByRole('link', { name }).click();
  }
}
