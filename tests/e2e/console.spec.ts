import { expect as baseExpect, test } from '@playwright/test';
import { addDays, addMonths, todayInNl } from '../../src/shared/catalog/dates';
import { HomePage } from './pages/home-page';
import { InvitationPage } from './pages/invitation-page';
import { InvitationPassword } from './pages/invitation-password';
import { InvolvedPage } from './pages/involved-page';
import { LoginPage } from './pages/login-page';
import { ProConsole } from './pages/pro-console';

// Issue 10: from nothing to an invited family at the kitchen table. The jeugdbeschermer (desktop)
// opens a case, adds Naima (mother, gezag) and Sam (12), records herself as their contact and
// invites Naima; Naima (her phone, another browser) redeems the code, sets a password and sees her
// contact; "Bekijk als Naima" shows the same contact; the contact ends and Naima sees it under
// earlier contacts after sync. axe finds nothing on any console screen. New family members get
// fresh usernames, so nothing clashes with the demo logins.
// A login costs scrypt time, and a console form waits for the server's answer to its write.
const expect = baseExpect.configure({ timeout: 20_000 });

test('a jeugdbeschermer sets up a family, invites Naima, checks her view, and ends a contact she then sees as earlier', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  const today = todayInNl();
  const desk = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    isMobile: false,
    hasTouch: false,
  });
  const page = await desk.newPage();
  const pro = new ProConsole(page);

  // A professional who logs in lands in the console.
  await new LoginPage(page).open();
  await new LoginPage(page).logIn('jeugdbeschermer');
  await expect(pro.heading('Mijn dossiers')).toBeVisible();
  await expect(page).toHaveURL(/\/pro$/);
  await pro.expectNoAxeViolations('case list');

  // New case: a missing title is an error tied to its field; the case opens on its overview.
  await pro.openNewCase();
  await pro.expectNoAxeViolations('new case');
  await pro.submit('Dossier maken');
  await expect(pro.errorSummary()).toContainText('Vul een naam voor het dossier in.');
  await expect(pro.caseTitleField()).toHaveAttribute('aria-invalid', 'true');
  await expect(pro.caseTitleField()).toHaveAccessibleDescription(/Vul een naam voor het dossier in/);
  await pro.caseTitleField().fill(`Gezin Testbos ${run}`);
  await pro.submit('Dossier maken');
  await expect(pro.heading('Overzicht')).toBeVisible();
  await expect(page.getByText(`Dossier: Gezin Testbos ${run}`)).toBeVisible();

  // Naima, mother with gezag.
  await pro.addMember({ role: 'Ouder', name: 'Naima', custody: true });
  await pro.expectNoAxeViolations('add member');
  await pro.submit('Gezinslid toevoegen');
  await expect(pro.savedNotice()).toBeVisible();
  await expect(pro.memberRow('Naima')).toContainText('Ouder, met gezag');

  // Sam, 12: without a birth date the form says why and keeps what was typed.
  await pro.addMember({ role: 'Jongere (het kind)', name: 'Sam' });
  await pro.submit('Gezinslid toevoegen');
  await expect(pro.errorSummary()).toContainText('Vul de geboortedatum van de jongere in.');
  await expect(pro.birthDateField()).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Naam', { exact: false }).first()).toHaveValue('Sam');
  await pro.birthDateField().fill(addMonths(today, -12 * 12 - 2));
  await pro.submit('Gezinslid toevoegen');
  await expect(pro.memberRow('Sam')).toContainText('Jongere, 12 jaar');

  // The jeugdbeschermer is Sam's (and Naima's) contact.
  await pro.caseSection('Betrokkenen').click();
  await expect(pro.heading('Betrokkenen')).toBeVisible();
  await pro.addInvolvement({
    organisation: 'Jeugdbescherming Rijnhove',
    person: 'Joyce Bakker',
    phone: '030 765 43 21',
    since: addDays(today, -30),
    contactFor: ['Sam', 'Naima'],
  });
  await pro.expectNoAxeViolations('add person involved');
  await pro.submit('Opslaan');
  await expect(page.getByRole('link', { name: 'Joyce Bakker' })).toBeVisible();
  await expect(page.getByText('Contactpersoon van: Sam, Naima')).toBeVisible();
  await pro.expectNoAxeViolations('people involved');

  // Invite Naima: link, code, expiry and QR code.
  await pro.caseSection('Overzicht').click();
  await expect(pro.memberRow('Naima')).toContainText('Nog niet uitgenodigd');
  await pro.expectNoAxeViolations('case overview');
  await pro.openInvitation('Naima');
  const { code, link } = await pro.makeInvitation();
  expect(code).toMatch(/^\d{6}$/);
  await expect(page.getByText(/De uitnodiging werkt tot/)).toBeVisible();
  await pro.expectNoAxeViolations('invite (invitation shown)');

  // Naima, on her own phone: code, then a password; she sees her contact on her overview.
  const phone = await browser.newContext();
  const naimaPage = await phone.newPage();
  const invitation = new InvitationPage(naimaPage);
  await invitation.open(link);
  await invitation.enterCode(code);
  await new InvitationPassword(naimaPage).createAccount(`naima-${run}`, 'een zin die naima onthoudt');
  const home = new HomePage(naimaPage);
  await expect(home.heading()).toBeVisible();
  await expect(home.myContact()).toContainText('Joyce Bakker');
  // The console does not exist for her: a /pro address shows her own app.
  await naimaPage.goto('/pro');
  await expect(home.heading()).toBeVisible();

  // The professional checks what Naima sees, computed by the server.
  await pro.caseSection('Overzicht').click();
  await expect(pro.memberRow('Naima')).toContainText('Heeft een account');
  await pro.memberRow('Naima').getByRole('link', { name: 'Bekijk als Naima' }).click();
  const preview = pro.viewAsPreview();
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('article', { name: 'Joyce Bakker' })).toBeVisible();
  await expect(preview).toContainText('Mijn contactpersoon');
  await pro.expectNoAxeViolations('view as');

  await pro.caseSection('Team').click();
  await expect(pro.heading('Team')).toBeVisible();
  await pro.expectNoAxeViolations('team');

  // The contact ends; after sync Naima finds her under earlier contacts, with the dates.
  await pro.caseSection('Betrokkenen').click();
  await pro.endContact('Joyce Bakker');
  await expect(pro.earlierContacts()).toBeVisible();
  const involved = new InvolvedPage(naimaPage);
  await involved.open();
  await expect(involved.earlierContacts()).toContainText('Joyce Bakker', { timeout: 20_000 });
  await expect(involved.earlierContacts()).toContainText(/Van .* tot /);

  await phone.close();
  await desk.close();
});
