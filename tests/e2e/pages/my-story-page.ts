import type { Page } from '@playwright/test';

/** Mijn verhaal, found the way a person finds it: by its Dutch labels. */
export class MyStoryPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/mijn-verhaal');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Mijn verhaal' });
  }

  async writeStory(
    text: string,
    audience: 'Iedereen in onze zaak in Gezien' | 'Alleen de hulpverleners' | 'Alleen ik, in Gezien',
  ) {
    await this.page.getByLabel('Jouw verhaal').fill(text);
    await this.page.getByRole('radio', { name: audience }).check();
    await this.page.getByRole('button', { name: 'Bewaren en versturen' }).click();
  }

  savedNotice() {
    return this.page.getByRole('status').filter({ hasText: /^Bewaard\./ });
  }

  story(text: string) {
    return this.page.getByTestId('story-item').filter({ hasText: text });
  }

  syncStatus() {
    return this.page.getByTestId('sync-status');
  }
}
