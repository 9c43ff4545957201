import type { Page } from '@playwright/test';

/** Besluiten: the timeline, and one decision with its reasons and the routes to object. */
export class DecisionsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/besluiten');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Besluiten' });
  }

  card(title: RegExp) {
    return this.page.getByRole('article', { name: title });
  }

  async openDecision(title: RegExp) {
    await this.page.getByRole('link', { name: title }).click();
  }

  /** On a decision page. */
  decisionHeading(title: RegExp) {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  runningTerm() {
    return this.page.getByRole('complementary', { name: /Let op: je hebt nog maar weinig tijd/ });
  }

  reasons() {
    return this.page.getByRole('region', { name: 'Waarom? De redenen' });
  }

  reasonKind(name: string) {
    return this.reasons().getByRole('heading', { level: 3, name });
  }

  route(name: string) {
    return this.page.getByRole('article', { name });
  }

  async backToList() {
    await this.page.getByRole('link', { name: /Terug naar alle besluiten/ }).click();
  }
}
