import { expect as baseExpect, test, type Page } from '@playwright/test';
import { demoIds } from '../../src/server/demo/demo-family';
import { addDays, addMonths, todayInNl } from '../../src/shared/catalog/dates';
import { logInAs } from './log-in-as';
import { DecisionsPage } from './pages/decisions-page';
import { LoginPage } from './pages/login-page';
import { ProConsole } from './pages/pro-console';
import { ProDecisions } from './pages/pro-decisions';

// Issue 11, the whole loop in two browsers. The jeugdbeschermer (desktop) records an OTS with three
// reasons of different kinds; Naima (her phone) sees them with their labels and the deadline to
// object; under the reasons ("Mijn kant") she disagrees with one and marks another "Dit klopt niet";
// the professional sees both in the inbox, answers the first and corrects the second; Naima sees
// "gelezen", the answer and the corrected reason with its old text marked replaced.
// axe finds nothing on any console screen on the way.
const expect = baseExpect.configure({ timeout: 20_000 });
const longDate = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

/** "Mijn kant" under one reason on Naima's decision page: a stance and her words, for everyone. */
async function sayMySide(page: Page, reasonText: string, stance: string, words: string) {
  const reason = page.getByRole('article').filter({ hasText: reasonText }).first();
  await reason.getByRole('button', { name: /^Mijn kant over/ }).click();
  await reason.getByRole('radio', { name: stance, exact: true }).check();
  await reason.getByLabel('Jouw woorden').fill(words);
  await reason.getByRole('radio', { name: /Iedereen in onze zaak/ }).check();
  await reason.getByRole('button', { name: 'Versturen' }).click();
  await expect(reason.getByText(words)).toBeVisible();
}

test('a decision with labelled reasons reaches Naima, her answers reach the inbox, and the answers reach her', async ({
  browser,
}) => {
  // Two browsers and a whole loop: about 3 minutes alone on a 2-core machine, more when it is shared.
  test.setTimeout(600_000);
  const run = Date.now().toString(36);
  const today = todayInNl();
  const title = `OTS van Sam ${run}`;
  const reasons = {
    fact: `Sam was in oktober 9 dagen niet op school ${run}.`,
    worry: `We zijn bang dat Sam achterraakt op school ${run}.`,
    strength: `Naima komt elke afspraak na ${run}.`,
  };

  const desk = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    isMobile: false,
    hasTouch: false,
  });
  const page = await desk.newPage();
  const pro = new ProConsole(page);
  const console2 = new ProDecisions(page);
  await new LoginPage(page).open();
  await new LoginPage(page).logIn('jeugdbeschermer');
  await expect(pro.heading('Mijn dossiers')).toBeVisible();

  // The overview lists reasons nobody checked for three months; the case's decisions are one click away.
  await page.goto(`/pro/dossier/${demoIds.case}`);
  await expect(page.getByRole('region', { name: 'Redenen om na te kijken' })).toBeVisible();
  await pro.expectNoAxeViolations('case overview');
  await page
    .getByRole('navigation', { name: 'Onderdelen van dit dossier' })
    .getByRole('link', { name: 'Besluiten' })
    .click();
  await expect(console2.heading('Besluiten')).toBeVisible();
  await pro.expectNoAxeViolations('decisions');

  // An OTS of 13 months is refused with the reason; 12 months (the catalogue's end) is saved.
  await page.getByRole('link', { name: 'Besluit vastleggen' }).click();
  await expect(page.getByLabel(/^Wetsartikel/)).toHaveValue('BW 1:255, 1:258');
  await expect(page.getByLabel(/^Loopt tot/)).toHaveValue(addMonths(today, 12));
  await expect(page.getByTestId('objection-routes')).toContainText(
    `Hoger beroep (Rv 806, 358): kan tot en met ${longDate(addMonths(today, 3))}`,
  );
  await console2.fillDecision({ title, endsOn: addMonths(today, 13) });
  await page.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText(
    `mag volgens de wet niet langer duren dan tot en met ${longDate(addMonths(today, 12))}`,
  );
  await expect(page.getByLabel(/^Loopt tot/)).toHaveAttribute('aria-invalid', 'true');
  await pro.expectNoAxeViolations('decision form (with a problem)');
  await page.getByLabel(/^Loopt tot/).fill(addMonths(today, 12));
  await page.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(console2.heading(title)).toBeVisible();
  await pro.expectNoAxeViolations('decision');

  // A reason without kind, source and date is refused; three reasons of three kinds are saved.
  await page.getByRole('link', { name: 'Reden toevoegen' }).click();
  await page.getByRole('button', { name: 'Reden opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Kies wat voor reden het is');
  await expect(page.getByRole('alert')).toContainText('Vul de bron in');
  await pro.expectNoAxeViolations('reason form (with problems)');
  await page.goBack();
  await console2.addReason({
    kind: 'Feit',
    text: reasons.fact,
    source: 'School (verzuimregistratie)',
    observedOn: addDays(today, -30),
  });
  await expect(console2.reason(reasons.fact)).toBeVisible();
  await console2.addReason({
    kind: 'Zorg',
    text: reasons.worry,
    source: 'Jeugdbeschermer',
    observedOn: addDays(today, -20),
  });
  await console2.addReason({
    kind: 'Wat goed gaat',
    text: reasons.strength,
    source: 'Jeugdbeschermer',
    observedOn: addDays(today, -10),
  });
  await expect(console2.reason(reasons.strength)).toBeVisible();
  await pro.expectNoAxeViolations('decision with reasons');

  // The preview: the family's own page, for Naima.
  await page.getByRole('link', { name: 'Bekijk zoals het gezin het ziet' }).click();
  const preview = page.getByRole('region', { name: /^Voorbeeld: zo ziet Naima El Amrani dit besluit/ });
  await expect(preview.getByRole('heading', { level: 3, name: 'Zorg' })).toBeVisible();
  await pro.expectNoAxeViolations('decision preview');

  // Naima, on her phone: the three labels and the deadline to object.
  const phone = await browser.newContext();
  const naimaPage = await phone.newPage();
  await logInAs(naimaPage, 'naima');
  const decisions = new DecisionsPage(naimaPage);
  await decisions.open();
  await decisions.openDecision(new RegExp(title));
  await expect(decisions.decisionHeading(new RegExp(title))).toBeVisible();
  for (const kind of ['Feit', 'Zorg', 'Wat goed gaat'])
    await expect(decisions.reasonKind(kind)).toBeVisible();
  await expect(decisions.reasonKind('Mening')).toHaveCount(0);
  await expect(decisions.route('Hoger beroep')).toContainText(`Uiterlijk ${longDate(addMonths(today, 3))}`);

  // She disagrees with the worry and says the fact is not right, under each reason ("Mijn kant").
  await sayMySide(naimaPage, reasons.worry, 'Oneens', `Sam haalt goede cijfers ${run}.`);
  await sayMySide(naimaPage, reasons.fact, 'Dit klopt niet', `Het waren er 5, de rest was hij ziek ${run}.`);

  // The professional finds both in the inbox, the correction request among the open ones.
  await page.getByRole('link', { name: 'Reacties van gezinnen' }).click();
  await expect(console2.heading('Reacties van gezinnen')).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(console2.inboxLink(`Niet eens: ${reasons.worry}`)).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(console2.inboxLink(`Dit klopt niet: ${reasons.fact}`)).toBeVisible();
  await pro.expectNoAxeViolations('inbox');
  await page.getByLabel('Laat zien').selectOption({ label: 'Open verzoeken om iets te verbeteren' });
  await expect(console2.inboxLink(`Niet eens: ${reasons.worry}`)).toHaveCount(0);
  await expect(console2.inboxLink(`Dit klopt niet: ${reasons.fact}`)).toBeVisible();
  await page.getByLabel('Laat zien').selectOption({ label: 'Alles' });

  // Opening marks it read; the answer goes to Naima.
  await console2.inboxLink(`Niet eens: ${reasons.worry}`).click();
  await expect(console2.heading('Reactie van het gezin')).toBeVisible();
  await page
    .getByLabel(/^Jouw antwoord/)
    .fill(`Dank je, Naima. We bespreken dit bij het volgende gesprek ${run}.`);
  await page.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(page.getByRole('region', { name: 'Antwoorden' })).toContainText(
    'We bespreken dit bij het volgende gesprek',
  );
  await pro.expectNoAxeViolations('inbox item');

  // The correction request: the reason is adjusted, and the request resolved, in one step.
  await page.getByRole('link', { name: 'Terug naar alle reacties' }).click();
  await console2.inboxLink(`Dit klopt niet: ${reasons.fact}`).click();
  await page.getByRole('link', { name: 'Reden aanpassen' }).click();
  await expect(console2.heading('Reden aanpassen')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Wat het gezin schreef' })).toContainText(
    'Het waren er 5',
  );
  const corrected = `Sam was in oktober 5 dagen niet op school zonder reden ${run}.`;
  await page.getByLabel(/^De reden/).fill(corrected);
  await page
    .getByLabel(/^Wat laat je het gezin weten/)
    .fill('Je had gelijk: de ziektedagen tellen niet mee.');
  await pro.expectNoAxeViolations('reason form (answering a request)');
  await page.getByRole('button', { name: 'Aanpassing opslaan' }).click();
  await expect(console2.heading(title)).toBeVisible();
  await expect(console2.reason(corrected)).toContainText('Aangepast. De oude tekst staat eronder.');

  // Naima, under each reason: "gelezen" and the answer; the corrected reason with its old text replaced.
  await decisions.open();
  await decisions.openDecision(new RegExp(title));
  const worry = decisions.reasons().getByRole('article').filter({ hasText: reasons.worry }).first();
  await expect(async () => {
    await naimaPage.reload();
    await expect(worry.getByText(/Gelezen door .+ op /)).toBeVisible({ timeout: 3_000 });
    await expect(worry.getByText(`We bespreken dit bij het volgende gesprek ${run}.`)).toBeVisible({
      timeout: 3_000,
    });
  }).toPass({ timeout: 30_000 });
  const fact = decisions.reasons().getByRole('article').filter({ hasText: corrected }).first();
  await expect(fact).toContainText('Deze tekst is verbeterd.');
  await expect(fact).toContainText('Je had gelijk: de ziektedagen tellen niet mee.');
  await fact.getByText('Eerdere tekst bekijken').click();
  await expect(fact.locator('.reason__old del')).toHaveText(reasons.fact);

  // The rest of the console: appointments and the access log.
  await page.goto(`/pro/dossier/${demoIds.case}/afspraken/nieuw`);
  await expect(console2.heading('Afspraak maken')).toBeVisible();
  await pro.expectNoAxeViolations('appointment form');
  await page.goto(`/pro/dossier/${demoIds.case}/afspraken`);
  await expect(console2.heading('Afspraken')).toBeVisible();
  await pro.expectNoAxeViolations('appointments');
  await page.goto(`/pro/dossier/${demoIds.case}/logboek`);
  await expect(page.getByRole('table')).toBeVisible();
  await pro.expectNoAxeViolations('access log');

  await phone.close();
  await desk.close();
});
