import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMe } from '../../../data/repos/me-repo';
import { applyChanges } from '../../../data/sync/apply-changes';
import { listOutbox } from '../../../data/sync/pending';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMe, aMember, anInvolvement, newId, put } from '../../../data/testing/fixtures';
import type { CaseEvent, Member } from '../../../shared/domain';
import { loadNamespaces } from '../../i18n/i18n';
import { renderApp } from '../../testing/render-app';
import { EventsPage } from './events-page';

/** The family on one line; each name is its own <bdi>, so match the whole line's text. */
const familyLine = (line: string) => (_: string, element: Element | null) =>
  element?.tagName === 'LI' && element.textContent === line;

const caseId = newId();
const naima = aMember({ caseId, displayName: 'Naima', role: 'parent' });
const sam = aMember({ caseId, displayName: 'Sam', role: 'youth', hasCustody: null, birthDate: '2014-03-01' });
const joyce = anInvolvement({ caseId, roleKey: 'gi', personName: 'Joyce Bakker' });
const nextYear = new Date().getUTCFullYear() + 1;

const anEvent = (overrides: Partial<CaseEvent>): CaseEvent => ({
  id: newId(),
  caseId,
  kind: 'meeting',
  title: 'Evaluatie van het plan',
  startsAt: `${nextYear}-01-15T13:00:00Z`,
  endsAt: `${nextYear}-01-15T14:00:00Z`,
  place: 'Lindeplein 2, Rijnhove',
  withInvolvements: [joyce.id],
  invitedMembers: [naima.id, sam.id],
  prepareNote: 'Denk na: wat gaat beter?',
  ...overrides,
});
const hearing = anEvent({
  kind: 'hearing',
  title: 'Zitting over de OTS',
  startsAt: `${nextYear}-03-02T08:30:00Z`,
  endsAt: null,
  place: 'Rechtbank Rijnhove',
});
const earlier = anEvent({
  kind: 'home-visit',
  title: 'Huisbezoek in het voorjaar',
  startsAt: '2025-04-01T12:00:00Z',
  endsAt: '2025-04-01T13:00:00Z',
});

async function seed(me: Member, events: CaseEvent[]) {
  await saveMe(aMe(caseId, me.id));
  await applyChanges(
    [
      put('member', naima),
      put('member', sam),
      put('involvement', joyce),
      ...events.map((event) => put('event', event)),
    ],
    { cursor: 'c1' },
  );
}

let fetchSpy: ReturnType<typeof stubApi>;
beforeEach(async () => {
  await wipeLocalData();
  fetchSpy = stubApi({
    'POST /api/sync/pull': () => 'network-error',
    'POST /api/sync/push': () => 'network-error',
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Afspraken', () => {
  it('shows a loading state while the events are read from the device', async () => {
    await seed(naima, [hearing]);
    await loadNamespaces('events', 'roles', 'glossary', 'glossarypage', 'decisions');

    render(<EventsPage />);

    expect(screen.getByRole('status')).toHaveTextContent('Even geduld');
    expect(await screen.findByText('Zitting over de OTS')).toBeInTheDocument();
  });

  it('shows the next event first with when, where and who', async () => {
    await seed(naima, [hearing, anEvent({}), earlier]);
    await renderApp('/afspraken');

    expect(await screen.findByRole('heading', { level: 1, name: 'Afspraken' })).toBeInTheDocument();
    const upcoming = await screen.findByRole('region', { name: 'Wat komt eraan' });
    const [first, second] = within(upcoming).getAllByRole('article');
    expect(first).toHaveAccessibleName('Evaluatie van het plan');
    expect(second).toHaveAccessibleName('Zitting over de OTS');
    expect(within(first!).getByText(/15 januari.*14:00 tot 15:00 uur/)).toBeInTheDocument();
    expect(within(first!).getByText('Lindeplein 2, Rijnhove')).toBeInTheDocument();
    expect(within(first!).getByText(familyLine('Naima (jij), Sam'))).toBeInTheDocument();
    expect(within(first!).getByText('Joyce Bakker')).toBeInTheDocument();
    expect(within(first!).getByText('Denk na: wat gaat beter?')).toBeInTheDocument();
    expect(within(first!).getByRole('button', { name: 'Zet in mijn agenda' })).toBeInTheDocument();
    expect(document.title).toBe('Afspraken – Gezien');
  });

  it('explains what happens at a hearing and that a child of 12 or older may talk to the judge', async () => {
    await seed(naima, [hearing]);
    const { user } = await renderApp('/afspraken');

    const card = await screen.findByRole('article', { name: 'Zitting over de OTS' });
    expect(within(card).getByText('Zitting')).toBeInTheDocument();
    await user.click(within(card).getByText('Wat gebeurt er bij een zitting?'));
    expect(within(card).getByText(/12 of ouder/)).toBeVisible();
  });

  it('keeps past events folded away until asked for', async () => {
    await seed(naima, [hearing, earlier]);
    const { user } = await renderApp('/afspraken');

    const toggle = await screen.findByRole('button', { name: 'Eerdere afspraken (1)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('article', { name: 'Huisbezoek in het voorjaar' })).not.toBeInTheDocument();

    await user.click(toggle);

    expect(screen.getByRole('article', { name: 'Huisbezoek in het voorjaar' })).toBeInTheDocument();
  });

  it('says plainly when there are no events yet', async () => {
    await seed(naima, []);
    await renderApp('/afspraken');

    expect(await screen.findByText('Er zijn nog geen afspraken.')).toBeInTheDocument();
  });

  it('shows the events from this device when there is no internet', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await seed(naima, [hearing]);
    await renderApp('/afspraken');

    expect(await screen.findByRole('article', { name: 'Zitting over de OTS' })).toBeInTheDocument();
    expect(screen.getByTestId('sync-status')).toHaveTextContent('Geen internet');
  });

  it('keeps what I want to say after the page closes and opens again', async () => {
    await seed(naima, [hearing]);
    const first = await renderApp('/afspraken');
    const note = await screen.findByRole('textbox', { name: 'Wat wil ik zeggen?' });
    expect(note).toHaveAccessibleDescription(/blijft op deze telefoon of computer en wordt niet verstuurd/);

    await first.user.type(note, 'Sam wil vaker bij oma slapen.');
    expect(await screen.findByText('Bewaard op dit apparaat')).toBeInTheDocument();
    first.unmount();

    await renderApp('/afspraken');
    expect(await screen.findByRole('textbox', { name: 'Wat wil ik zeggen?' })).toHaveValue(
      'Sam wil vaker bij oma slapen.',
    );
  });

  it('never puts my note in the outbox or in a request to the server', async () => {
    await seed(naima, [hearing]);
    const { user } = await renderApp('/afspraken');

    await user.type(await screen.findByRole('textbox', { name: 'Wat wil ik zeggen?' }), 'Geheim plan');
    await screen.findByText('Bewaard op dit apparaat');
    await act(async () => window.dispatchEvent(new Event('online')));

    expect(JSON.stringify(await listOutbox())).not.toContain('Geheim');
    const bodies = fetchSpy.mock.calls.map(([, init]) => String(init?.body ?? ''));
    expect(bodies.join('\n')).not.toContain('Geheim');
  });

  it('gives a young person the explanation written for them', async () => {
    await seed(sam, [hearing]);
    const { user } = await renderApp('/afspraken');

    const card = await screen.findByRole('article', { name: 'Zitting over de OTS' });
    expect(within(card).getByText(familyLine('Naima, Sam (jij)'))).toBeInTheDocument();
    await user.click(within(card).getByText('Wat gebeurt er bij een zitting?'));
    expect(within(card).getByText(/Je mag eerst zelf met de rechter praten/)).toBeVisible();
  });
});
