import { expect, type Page } from '@playwright/test';

/** The console's decisions, reasons and inbox (issue 11), found by their Dutch labels. */
export class ProDecisions {
  constructor(private readonly page: Page) {}

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async fillDecision(fill: { title: string; endsOn?: string }) {
    await this.page.getByLabel('Soort maatregel').selectOption({ label: 'Ondertoezichtstelling (OTS)' });
    await this.page.getByLabel(/^Titel/).fill(fill.title);
    await this.page
      .getByLabel('Wie heeft besloten')
      .selectOption({ label: 'mr. H. de Boer, Rechtbank Rijnhove, team jeugd' });
    if (fill.endsOn) await this.page.getByLabel(/^Loopt tot/).fill(fill.endsOn);
    await this.page
      .getByLabel(/^Uitleg voor ouders/)
      .fill('De rechter vindt dat jullie hulp nodig hebben. Joyce helpt jullie.');
    await this.page
      .getByLabel(/^Uitleg voor de jongere/)
      .fill('Er komt iemand die jullie helpt. Dat is Joyce.');
  }

  async addReason(fill: { kind: string; text: string; source: string; observedOn: string }) {
    await this.page.getByRole('link', { name: 'Reden toevoegen' }).click();
    await expect(this.heading('Reden toevoegen')).toBeVisible();
    await this.page.getByRole('radio', { name: new RegExp(`^${fill.kind}`) }).check();
    await this.page.getByLabel(/^De reden/).fill(fill.text);
    await this.page.getByLabel(/^Bron/).fill(fill.source);
    await this.page.getByLabel(/^Datum/).fill(fill.observedOn);
    await this.page.getByRole('button', { name: 'Reden opslaan' }).click();
  }

  /** A reason on the console's decision page, by its text. */
  reason(text: string) {
    return this.page.getByRole('article').filter({ hasText: text });
  }

  inboxLink(name: string | RegExp) {
    return this.page.getByRole('link', { name });
  }
}
