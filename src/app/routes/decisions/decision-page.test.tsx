import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import measures from '../../../../locales/nl/measures.json';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMember, anInvolvement, newId } from '../../../data/testing/fixtures';
import { addDays, todayInNl } from '../../../shared/catalog/dates';
import { statementKinds } from '../../../shared/domain';
import { initI18n, loadNamespaces } from '../../i18n/i18n';
import { renderApp } from '../../testing/render-app';
import { aDecision, aStatement } from './decision-fixtures';
import { seedCase } from './decisions-test-seed';

const caseId = newId();
const today = todayInNl();
const longDate = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
const naima = aMember({ caseId, displayName: 'Naima El Amrani', role: 'parent', hasCustody: true });
const sam = aMember({
  caseId,
  displayName: 'Sam',
  role: 'youth',
  hasCustody: null,
  birthDate: addDays(today, -(12 * 365 + 40)),
});
const judge = anInvolvement({ caseId, roleKey: 'kinderrechter', personName: 'mr. H. de Boer' });
const gi = anInvolvement({ caseId, roleKey: 'gi', personName: 'Joyce Bakker' });
const instruction = aDecision({
  caseId,
  kind: 'schriftelijke-aanwijzing',
  title: 'Wisselen via school of bij oma',
  decidedBy: gi.id,
  decidedOn: addDays(today, -5),
  startsOn: addDays(today, -5),
  endsOn: null,
  legalBasis: 'BW 1:263',
});
const ots = aDecision({
  caseId,
  title: 'OTS van Sam en Lina',
  decidedBy: judge.id,
  decidedOn: addDays(today, -30),
  startsOn: addDays(today, -30),
  endsOn: addDays(today, 335),
  meaning: {
    parent: 'Jullie blijven allebei ouder met gezag.',
    youth: 'Je blijft gewoon bij je moeder wonen.',
  },
});
const reasons = statementKinds.map((kind) =>
  aStatement({ caseId, decisionId: ots.id, kind, text: `Reden van soort ${kind}`, lastCheckedOn: today }),
);
const staleReason = aStatement({
  caseId,
  decisionId: ots.id,
  kind: 'worry',
  text: 'Sam had vaak buikpijn.',
  observedOn: addDays(today, -1200),
  lastCheckedOn: addDays(today, -1200),
});
const correctedReason = aStatement({
  caseId,
  decisionId: ots.id,
  kind: 'fact',
  text: 'Sam was 41 dagen afwezig; 22 dagen ziek gemeld.',
  status: 'corrected',
  history: [{ text: 'Sam was 41 dagen zonder reden afwezig.', replacedAt: '2026-06-01T14:00:00Z' }],
});

beforeEach(async () => {
  await wipeLocalData();
  await initI18n('nl');
  // The first render loads the lazy route and its texts: give it time on a busy machine.
  await loadNamespaces('decisions', 'measures', 'roles');
  stubApi({ 'POST /api/sync/pull': () => 'network-error' });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Besluit', () => {
  it('gives a parent with gezag 9 days to ask the judge about an instruction sent 5 days ago', async () => {
    await seedCase({ me: naima, involvements: [gi], decisions: [instruction] });
    await renderApp(`/besluiten/${instruction.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: instruction.title })).toBeInTheDocument();
    const urgent = screen.getByRole('complementary', { name: /Let op: je hebt nog maar weinig tijd/ });
    expect(urgent).toHaveTextContent('Nog 9 dagen');
    expect(urgent).toHaveTextContent(`Uiterlijk ${longDate(addDays(today, 9))}`);

    const route = screen.getByRole('article', { name: measures.route['cancel-instruction'].name });
    expect(route).toHaveTextContent('Nog 9 dagen');
    expect(route).toHaveTextContent('Jij mag dit doen.');
    expect(screen.getByText(measures.noAppeal)).toBeInTheDocument();
    const withdrawal = screen.getByRole('article', { name: measures.route['ask-withdrawal'].name });
    expect(withdrawal).toHaveTextContent(measures.noDeadline);
    expect(route).toHaveTextContent('Burgerlijk Wetboek, boek 1, artikel 264');
  });

  it('says what must change for the OTS to end, as the professional wrote it', async () => {
    const goals = [{ concern: 'Veel ruzie bij het wisselen.', goal: 'Wisselen zonder ruzie.' }];
    await seedCase({ me: naima, involvements: [judge], decisions: [{ ...ots, toEnd: goals }] });
    await renderApp(`/besluiten/${ots.id}`);

    const toEnd = await screen.findByRole('region', { name: 'Wat moet er veranderen voordat dit stopt?' });
    expect(toEnd).toHaveTextContent('Veel ruzie bij het wisselen.');
    expect(toEnd).toHaveTextContent('Wisselen zonder ruzie.');
    expect(within(toEnd).getByRole('link', { name: /Mijn kant/ })).toHaveAttribute('href', '#my-side');
  });

  it('says whom to ask when nothing is filled in yet about what must change', async () => {
    await seedCase({ me: naima, involvements: [judge], decisions: [ots] });
    await renderApp(`/besluiten/${ots.id}`);
    const toEnd = await screen.findByRole('region', { name: 'Wat moet er veranderen voordat dit stopt?' });
    expect(toEnd).toHaveTextContent('Vraag je jeugdbeschermer wat er moet veranderen');
  });

  it('says what was decided, by whom and when, with the legal basis in words and its article', async () => {
    await seedCase({ me: naima, involvements: [judge], decisions: [ots] });
    await renderApp(`/besluiten/${ots.id}`);

    const what = await screen.findByRole('region', { name: 'Wat is er besloten?' });
    expect(what).toHaveTextContent(ots.summary);
    expect(within(what).getByText('mr. H. de Boer')).toBeInTheDocument();
    expect(within(what).getByText(longDate(ots.decidedOn))).toBeInTheDocument();
    expect(screen.getByText(measures.measure.ots.legalBasis)).toBeInTheDocument();
    expect(screen.getAllByText('Burgerlijk Wetboek, boek 1, artikel 255')[0]).toBeInTheDocument();
    expect(screen.getAllByText('Waar staat dit?').length).toBeGreaterThan(0);
    expect(screen.queryByText(/BW 1:255/)).not.toBeInTheDocument();
    const duration = screen.getByRole('region', { name: 'Hoe lang duurt het?' });
    expect(duration).toHaveTextContent('Nog 11 maanden');
    expect(screen.getByRole('region', { name: 'Wat betekent dit voor mij?' })).toHaveTextContent(
      'Jullie blijven allebei ouder met gezag.',
    );
  });

  it('shows a young person the meaning and the routes written for them', async () => {
    await seedCase({ me: sam, members: [naima], involvements: [judge], decisions: [ots] });
    await renderApp(`/besluiten/${ots.id}`);

    const meaning = await screen.findByRole('region', { name: 'Wat betekent dit voor mij?' });
    expect(meaning).toHaveTextContent('Je blijft gewoon bij je moeder wonen.');
    expect(meaning).not.toHaveTextContent('ouder met gezag');
    const appeal = screen.getByRole('article', { name: measures.route.appeal.name });
    expect(appeal).toHaveTextContent(measures.route.appeal.how_youth);
    expect(appeal).not.toHaveTextContent(measures.route.appeal.how);
    expect(appeal).toHaveTextContent(measures.youMayNot);
  });

  it('labels every reason as fact, observation, opinion, worry or strength in words, with the explanation', async () => {
    await seedCase({ me: naima, decisions: [ots], statements: reasons });
    await renderApp(`/besluiten/${ots.id}`);

    const why = await screen.findByRole('region', { name: 'Waarom? De redenen' });
    for (const kind of statementKinds) {
      const { name, explain } = measures.statementKind[kind];
      expect(within(why).getByRole('heading', { level: 3, name })).toBeInTheDocument();
      expect(within(why).getByText(explain)).toBeInTheDocument();
      // The kind is said once, by the group's heading, not again on every reason (bug h).
      const group = within(why).getByText(`Reden van soort ${kind}`).closest('.reason-group') as HTMLElement;
      expect(within(group).getByRole('heading', { level: 3, name })).toBeInTheDocument();
      expect(within(group).getAllByText(name)).toHaveLength(1);
    }
  });

  it('asks "Is dit nog zo?" about a reason not checked for years, and only there', async () => {
    await seedCase({ me: naima, decisions: [ots], statements: [staleReason, reasons[0]!] });
    await renderApp(`/besluiten/${ots.id}`);

    const stale = (await screen.findByText('Sam had vaak buikpijn.')).closest('article') as HTMLElement;
    expect(within(stale).getByText('Is dit nog zo?')).toBeInTheDocument();
    expect(
      within(stale).getByText(`Laatst nagekeken op ${longDate(staleReason.lastCheckedOn)}`),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Is dit nog zo?')).toHaveLength(1);
  });

  it('marks a corrected reason and keeps the old text readable as replaced', async () => {
    await seedCase({ me: naima, decisions: [ots], statements: [correctedReason] });
    await renderApp(`/besluiten/${ots.id}`);

    const reason = (await screen.findByText(correctedReason.text)).closest('article') as HTMLElement;
    expect(within(reason).getByText('Deze tekst is verbeterd.')).toBeInTheDocument();
    const old = within(reason).getByText('Sam was 41 dagen zonder reden afwezig.');
    expect(old.tagName).toBe('DEL');
    expect(within(reason).getByText('Vervangen op 1 juni 2026:')).toBeInTheDocument();
  });

  it('opens at the routes to object when Mijn overzicht sends me there', async () => {
    await seedCase({ me: naima, involvements: [gi], decisions: [instruction] });
    await renderApp(`/besluiten/${instruction.id}#wat-kun-je-doen`);

    const routes = await screen.findByRole('region', { name: 'Niet eens? Dit kun je doen' });
    await waitFor(() => expect(routes).toHaveFocus());
  });

  it('shows a calm not-found page for a decision that is not on this device', async () => {
    await seedCase({ me: naima, decisions: [ots] });
    await renderApp(`/besluiten/${newId()}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dit besluit kunnen we niet laten zien.' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Terug naar alle besluiten/ })).toHaveAttribute(
      'href',
      '/besluiten',
    );
  });

  it('works without internet from what is on the device', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await seedCase({ me: naima, involvements: [gi], decisions: [instruction] });
    await renderApp(`/besluiten/${instruction.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: instruction.title })).toBeInTheDocument();
    expect(screen.getByTestId('sync-status')).toHaveTextContent('Geen internet');
  });
});
