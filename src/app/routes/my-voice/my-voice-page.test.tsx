import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyChanges } from '../../../data/sync/apply-changes';
import { mutate } from '../../../data/sync/mutate';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMember, newId, put } from '../../../data/testing/fixtures';
import type { Perspective } from '../../../shared/domain';
import { initI18n, loadNamespaces } from '../../i18n/i18n';
import { aDecision, aStatement } from '../decisions/decision-fixtures';
import { seedCase } from '../decisions/decisions-test-seed';
import { MyVoiceCard } from './my-voice-card';
import { MyVoicePage } from './my-voice-page';

const caseId = newId();
const naima = aMember({ caseId, displayName: 'Naima El Amrani' });
const joyce = aMember({ caseId, displayName: 'Joyce Bakker', role: 'professional', hasCustody: null });
const decision = aDecision({ caseId, title: 'OTS van Sam' });
const reason = aStatement({ caseId, decisionId: decision.id, text: 'Sam mist veel school.' });
const at = '2026-05-01T09:00:00.000Z';
const mine = (extra: Partial<Perspective>): Perspective => ({
  id: newId(),
  caseId,
  authorMemberId: naima.id,
  subject: { type: 'decision', id: decision.id },
  stance: 'disagree',
  text: 'Ik ben het niet eens.',
  houses: null,
  audience: 'professionals',
  correctionStatus: null,
  correctionReason: null,
  readBy: [],
  withdrawn: false,
  createdAt: at,
  updatedAt: at,
  ...extra,
});

beforeEach(async () => {
  await wipeLocalData();
  await initI18n('nl');
  await loadNamespaces('voice');
  stubApi({ 'POST /api/sync/pull': () => 'network-error', 'POST /api/sync/push': () => 'network-error' });
  await seedCase({ me: naima, members: [joyce], decisions: [decision], statements: [reason] });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const renderPage = (page = <MyVoicePage />) => render(<MemoryRouter>{page}</MemoryRouter>);

describe('Mijn reacties', () => {
  it('says there is nothing yet, and where to start', async () => {
    renderPage();
    expect(await screen.findByText(/Je hebt nog niets geschreven/)).toBeInTheDocument();
  });

  it('lists each contribution with where it belongs and where it stands', async () => {
    const read = mine({
      readBy: [joyce.id],
      readLog: [{ memberId: joyce.id, at: '2026-05-02T10:00:00.000Z' }],
    });
    const kept = mine({
      subject: { type: 'statement', id: reason.id },
      stance: 'incorrect',
      correctionStatus: 'kept',
      correctionReason: 'De school heeft het bevestigd.',
      createdAt: '2026-04-01T09:00:00.000Z',
    });
    await applyChanges([put('perspective', read), put('perspective', kept)], { cursor: 'c2' });
    await mutate('perspective.add', {
      id: newId(),
      caseId,
      subject: { type: 'decision', id: decision.id },
      stance: 'partly',
      text: 'Nog niet verstuurd.',
      audience: 'everyone',
    });
    renderPage();
    const items = await screen.findAllByTestId('voice-item');
    expect(items).toHaveLength(3);
    const states = items.map((item) => item.getAttribute('data-state'));
    expect(states).toEqual(['pending', 'read', 'kept']);
    expect(within(items[1]!).getByText('Gelezen door Joyce Bakker op 2 mei')).toBeInTheDocument();
    expect(
      within(items[2]!).getByText(
        'De hulpverlener laat de tekst zo staan. Waarom: De school heeft het bevestigd.',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Bij het besluit: OTS van Sam' })[0]).toHaveAttribute(
      'href',
      `/besluiten/${decision.id}`,
    );
    expect(screen.getByRole('link', { name: 'Bij de reden: Sam mist veel school.' })).toBeInTheDocument();
  });

  it('Mijn overzicht counts new answers and open correction requests, with a link', async () => {
    await applyChanges([put('perspective', mine({ stance: 'outdated', correctionStatus: 'open' }))], {
      cursor: 'c2',
    });
    renderPage(<MyVoiceCard newReplies={2} />);
    const card = await screen.findByTestId('home-voice');
    expect(within(card).getByText('2 nieuwe antwoorden op wat jij schreef')).toBeInTheDocument();
    expect(within(card).getByText('1 verzoek om iets te veranderen wacht op antwoord')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Naar mijn reacties' })).toHaveAttribute(
      'href',
      '/mijn-reacties',
    );
  });
});
