import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * The professional console (/pro), found the way a professional finds it: by its Dutch labels.
 * `expectNoAxeViolations` runs axe on whatever console screen is open.
 */
export class ProConsole {
  constructor(private readonly page: Page) {}

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async expectNoAxeViolations(screen: string) {
    const { violations } = await new AxeBuilder({ page: this.page }).analyze();
    expect(violations.map((v) => `${screen}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }

  async openNewCase() {
    await this.page.getByRole('link', { name: 'Nieuw dossier' }).click();
    await expect(this.heading('Nieuw dossier')).toBeVisible();
  }

  caseTitleField() {
    return this.page.getByLabel(/^Naam van het dossier/);
  }

  async submit(name: string) {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  errorSummary() {
    return this.page.getByRole('alert');
  }

  savedNotice() {
    return this.page.getByRole('status').filter({ hasText: 'Opgeslagen' });
  }

  caseSection(name: 'Overzicht' | 'Betrokkenen' | 'Team') {
    return this.page
      .getByRole('navigation', { name: 'Onderdelen van dit dossier' })
      .getByRole('link', { name });
  }

  familyRegion() {
    return this.page.getByRole('region', { name: 'Gezin' });
  }

  /** The row of one family member on the case overview. */
  memberRow(name: string) {
    return this.familyRegion()
      .getByRole('listitem')
      .filter({ has: this.page.getByText(name, { exact: true }) })
      .first();
  }

  async addMember(fill: {
    role: 'Ouder' | 'Jongere (het kind)';
    name: string;
    custody?: boolean;
    birthDate?: string;
  }) {
    await this.page.getByRole('link', { name: 'Gezinslid toevoegen' }).click();
    await expect(this.heading('Gezinslid toevoegen')).toBeVisible();
    await this.page.getByRole('radio', { name: fill.role }).check();
    await this.page.getByLabel('Naam', { exact: false }).first().fill(fill.name);
    if (fill.custody !== undefined) {
      await this.page
        .getByRole('radio', { name: fill.custody ? 'Ja, met gezag' : 'Nee, zonder gezag' })
        .check();
    }
    if (fill.birthDate) await this.page.getByLabel(/Geboortedatum/).fill(fill.birthDate);
  }

  birthDateField() {
    return this.page.getByLabel(/Geboortedatum/);
  }

  async addInvolvement(fill: {
    organisation: string;
    person: string;
    phone: string;
    since: string;
    contactFor: string[];
  }) {
    await this.page.getByRole('link', { name: 'Iemand toevoegen' }).click();
    await expect(this.heading('Betrokkene toevoegen')).toBeVisible();
    await this.page
      .getByLabel('Rol', { exact: true })
      .selectOption({ label: 'Jeugdbeschermer (gecertificeerde instelling)' });
    await this.page.getByLabel(/^Organisatie/).fill(fill.organisation);
    await this.page.getByLabel('Naam van de persoon').fill(fill.person);
    await this.page.getByLabel('Telefoon op het werk').fill(fill.phone);
    await this.page.getByLabel(/^Betrokken sinds/).fill(fill.since);
    const contactFor = this.page.getByRole('group', { name: 'Contactpersoon van' });
    for (const name of fill.contactFor) await contactFor.getByRole('checkbox', { name }).check();
  }

  async openInvitation(memberName: string) {
    await this.memberRow(memberName)
      .getByRole('link', { name: `Uitnodigen ${memberName}` })
      .click();
    await expect(this.heading(`${memberName} uitnodigen`)).toBeVisible();
  }

  /** Makes an invitation and reads what the professional would show: link and code. */
  async makeInvitation() {
    await this.page.getByRole('button', { name: 'Maak een uitnodiging' }).click();
    const card = this.page.getByRole('region', { name: /De uitnodiging voor/ });
    await expect(card.getByRole('img', { name: /QR-code met de uitnodigingslink/ })).toBeVisible();
    const code = (await card.locator('.invitation-card__code').innerText()).replace(/\s/g, '');
    const link = await card.getByRole('textbox', { name: 'Link' }).inputValue();
    return { code, link };
  }

  viewAsPreview() {
    return this.page.getByRole('region', { name: /^Voorbeeld: zo ziet/ });
  }

  async endContact(person: string) {
    await this.page.getByRole('link', { name: person }).first().click();
    await expect(this.heading(`${person} wijzigen`)).toBeVisible();
    await this.page.getByRole('button', { name: `Contact met ${person} beëindigen` }).click();
  }

  earlierContacts() {
    return this.page.getByRole('heading', { level: 2, name: 'Eerdere contactpersonen' });
  }
}
