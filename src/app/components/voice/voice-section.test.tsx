import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDraft } from '../../../data/repos/draft-repo';
import { getPerspective } from '../../../data/repos/perspectives-repo';
import { listVoiceOn } from '../../../data/repos/voice-repo';
import { listOutbox } from '../../../data/sync/pending';
import { applyChanges } from '../../../data/sync/apply-changes';
import { mutate } from '../../../data/sync/mutate';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMember, newId, put } from '../../../data/testing/fixtures';
import type { Perspective, Subject } from '../../../shared/domain';
import { initI18n, loadNamespaces } from '../../i18n/i18n';
import { aDecision, aStatement } from '../../routes/decisions/decision-fixtures';
import { seedCase } from '../../routes/decisions/decisions-test-seed';
import { VoiceSection } from './voice-section';
import { MAX_TEXT } from './voice-values';

// Offline (every request fails): the section reads and writes only IndexedDB, through mutate().
const caseId = newId();
const naima = aMember({ caseId, displayName: 'Naima El Amrani', relation: 'moeder' });
const daan = aMember({ caseId, displayName: 'Daan Visser', relation: 'vader' });
const sam = aMember({ caseId, displayName: 'Sam', role: 'youth', hasCustody: null, birthDate: '2013-05-01' });
const oma = aMember({ caseId, displayName: 'Oma Ria', role: 'network', hasCustody: null, relation: 'oma' });
const joyce = aMember({
  caseId,
  displayName: 'Joyce Bakker',
  role: 'professional',
  hasCustody: null,
  teamRole: 'jeugdbeschermer',
});
const decision = aDecision({ caseId, sharedWithNetwork: false });
const reason = aStatement({ caseId, decisionId: decision.id, text: 'Sam mist veel school.' });
const onDecision: Subject = { type: 'decision', id: decision.id };
const onReason: Subject = { type: 'statement', id: reason.id };

beforeEach(async () => {
  await wipeLocalData();
  await initI18n('nl');
  await loadNamespaces('voice');
  stubApi({ 'POST /api/sync/pull': () => 'network-error', 'POST /api/sync/push': () => 'network-error' });
  await seedCase({
    me: naima,
    members: [daan, sam, oma, joyce],
    decisions: [decision],
    statements: [reason],
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function openForm(subject = onDecision, corrections = false) {
  const user = userEvent.setup();
  view = render(<VoiceSection subject={subject} what="dit besluit" corrections={corrections} />);
  await user.click(await screen.findByRole('button', { name: 'Mijn kant over dit besluit' }));
  return user;
}
let view: ReturnType<typeof render>;
const textBox = () => screen.getByLabelText('Jouw woorden');
const send = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Versturen' }));
const readers = () =>
  within(screen.getByTestId('readers-preview'))
    .queryAllByRole('listitem')
    .map((li) => li.textContent);

describe('Mijn kant: the form', () => {
  it('refuses empty words in plain Dutch, tied to the box', async () => {
    const user = await openForm();
    await user.click(screen.getByRole('radio', { name: 'Oneens' }));
    await send(user);
    expect(await screen.findByText('Schrijf eerst iets in het vak.')).toBeInTheDocument();
    expect(textBox()).toHaveAttribute('aria-invalid', 'true');
    expect(textBox()).toHaveAccessibleDescription(/Schrijf eerst iets in het vak\./);
    expect(textBox()).toHaveFocus();
    expect((await listOutbox()).length).toBe(0);
  });

  it('asks to choose first what you think', async () => {
    const user = await openForm();
    await user.type(textBox(), 'Ik ben het er niet mee eens.');
    await send(user);
    expect(await screen.findByText('Kies eerst wat je ervan vindt.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Eens' })).toHaveFocus();
    expect((await listOutbox()).length).toBe(0);
  });

  it('accepts the longest allowed text and refuses one character more with a message', async () => {
    const user = await openForm();
    await user.click(screen.getByRole('radio', { name: 'Deels eens' }));
    fireEvent.change(textBox(), { target: { value: 'a'.repeat(MAX_TEXT + 1) } });
    await send(user);
    expect(
      await screen.findByText(
        /Je tekst is te lang: 20001 tekens\. Er mogen er hoogstens 20\.000 in\. Maak hem 1 tekens korter\./,
      ),
    ).toBeInTheDocument();
    expect((await listOutbox()).length).toBe(0);

    fireEvent.change(textBox(), { target: { value: 'a'.repeat(MAX_TEXT) } });
    await send(user);
    expect(await screen.findByText('Bewaard. Het wordt verstuurd zodra er internet is.')).toBeInTheDocument();
    const item = await screen.findByTestId('voice-item');
    expect(within(item).getByText('Nog niet verstuurd')).toBeInTheDocument();
    const [entry] = await listOutbox();
    expect((entry?.args as { text: string }).text).toHaveLength(MAX_TEXT);
  });

  it('starts with only the professionals and names exactly who will read it', async () => {
    const user = await openForm();
    expect(screen.getByRole('radio', { name: /Alleen de hulpverleners/ })).toBeChecked();
    await waitFor(() => expect(readers()).toEqual(['Jij', 'Joyce Bakker (jeugdbeschermer)']));

    await user.click(screen.getByRole('radio', { name: /Iedereen in onze zaak in Gezien/ }));
    // The decision is not shared with the network: Oma does not read it.
    await waitFor(() =>
      expect(readers()).toEqual([
        'Jij',
        'Joyce Bakker (jeugdbeschermer)',
        'Daan Visser (vader)',
        'Sam (jongere)',
      ]),
    );

    await user.click(screen.getByRole('radio', { name: /Alleen ik/ }));
    expect(await screen.findByText('Alleen jij kunt dit lezen.')).toBeInTheDocument();
    expect(readers()).toEqual([]);
  });

  it('offers the two correction requests on a reason only', async () => {
    await openForm(onReason, true);
    expect(screen.getByRole('radio', { name: 'Dit klopt niet' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Dit is niet meer zo' })).toBeInTheDocument();
  });

  it('keeps a draft on the device and brings it back after the page is gone', async () => {
    const user = await openForm();
    await user.type(textBox(), 'Half af');
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect((await getDraft(`voice:${decision.id}`))?.text).toBe('Half af');
    view.unmount();
    render(<VoiceSection subject={onDecision} what="dit besluit" />);
    expect(await screen.findByDisplayValue('Half af')).toBeInTheDocument();
    expect(screen.getByText(/Je woorden van eerder staan er nog/)).toBeInTheDocument();
  });
});

describe('Mijn kant: after sending', () => {
  const sent = (extra: Partial<Perspective> = {}): Perspective => ({
    id: newId(),
    caseId,
    authorMemberId: naima.id,
    subject: onReason,
    stance: 'outdated',
    text: 'Sam gaat weer elke dag.',
    houses: null,
    audience: 'professionals',
    correctionStatus: 'open',
    correctionReason: null,
    readBy: [],
    withdrawn: false,
    createdAt: '2026-05-01T09:00:00.000Z',
    updatedAt: '2026-05-01T09:00:00.000Z',
    ...extra,
  });

  it('shows read by name and date, the answer and "aangepast"', async () => {
    const p = sent({
      readBy: [joyce.id],
      readLog: [{ memberId: joyce.id, at: '2026-05-02T10:00:00.000Z' }],
      correctionStatus: 'corrected',
      correctionReason: 'Je hebt gelijk.',
      correctedRevisionAt: '2026-05-03T10:00:00.000Z',
    });
    const reply = {
      id: newId(),
      caseId,
      perspectiveId: p.id,
      authorMemberId: joyce.id,
      text: 'Dank je, ik pas het aan.',
      createdAt: '2026-05-02T11:00:00.000Z',
    };
    await applyChanges([put('perspective', p), put('reply', reply)], { cursor: 'c2' });
    render(<VoiceSection subject={onReason} what="de reden" corrections />);
    const item = await screen.findByTestId('voice-item');
    expect(within(item).getByText('Aangepast')).toBeInTheDocument();
    expect(within(item).getByText('Gelezen door Joyce Bakker op 2 mei')).toBeInTheDocument();
    expect(within(item).getByText('Dank je, ik pas het aan.')).toBeInTheDocument();
    expect(within(item).getByText(/Aangepast op 3 mei/)).toBeInTheDocument();
  });

  it('a refused write says why, keeps the words, and can be fixed and sent again', async () => {
    await mutate('perspective.add', {
      id: newId(),
      caseId,
      subject: onReason,
      stance: 'incorrect',
      text: 'Mijn woorden blijven.',
      audience: 'professionals',
    });
    await applyChanges([], {
      cursor: 'c2',
      lastMutationId: 1,
      rejections: [{ mutationId: 1, code: 'not-found' }],
    });
    const user = userEvent.setup();
    render(<VoiceSection subject={onReason} what="de reden" corrections />);
    const refused = await screen.findByTestId('voice-refused');
    expect(
      within(refused).getByText('Niet geaccepteerd, omdat het onderwerp niet meer bestaat'),
    ).toBeInTheDocument();
    expect(within(refused).getByText('Mijn woorden blijven.')).toBeInTheDocument();
    await user.click(within(refused).getByRole('button', { name: 'Aanpassen en opnieuw versturen' }));
    expect(textBox()).toHaveValue('Mijn woorden blijven.');
    expect(screen.getByRole('radio', { name: 'Dit klopt niet' })).toBeChecked();
    await send(user);
    expect(await screen.findByText('Bewaard. Het wordt verstuurd zodra er internet is.')).toBeInTheDocument();
    expect(screen.queryByTestId('voice-refused')).not.toBeInTheDocument();
  });

  it('withdrawing says who will no longer see it and removes it and its answers', async () => {
    const p = sent({ audience: 'everyone', stance: 'disagree', correctionStatus: null, subject: onDecision });
    const reply = {
      id: newId(),
      caseId,
      perspectiveId: p.id,
      authorMemberId: joyce.id,
      text: 'Antwoord',
      createdAt: '2026-05-02T11:00:00.000Z',
    };
    await applyChanges([put('perspective', p), put('reply', reply)], { cursor: 'c2' });
    const user = userEvent.setup();
    render(<VoiceSection subject={onDecision} what="dit besluit" />);
    await user.click(await screen.findByRole('button', { name: 'Intrekken' }));
    expect(
      await screen.findByText(
        'Deze mensen kunnen het dan niet meer lezen: Joyce Bakker (jeugdbeschermer), Daan Visser (vader), Sam (jongere).',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ja, intrekken' }));
    expect(await screen.findByText('Ingetrokken.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('voice-item')).not.toBeInTheDocument());
    expect((await listVoiceOn(caseId, decision.id)).items).toEqual([]);
  });

  it('edits my words through mutate, keeping the earlier version on the row', async () => {
    const p = sent({ stance: 'disagree', correctionStatus: null, subject: onDecision });
    await applyChanges([put('perspective', p)], { cursor: 'c2' });
    const user = userEvent.setup();
    render(<VoiceSection subject={onDecision} what="dit besluit" />);
    await user.click(await screen.findByRole('button', { name: 'Aanpassen' }));
    await user.clear(textBox());
    await user.type(textBox(), 'Anders gezegd.');
    await user.click(screen.getByRole('button', { name: 'Wijziging versturen' }));
    expect(await screen.findByText('Anders gezegd.')).toBeInTheDocument();
    expect((await getPerspective(p.id))?.history?.map((v) => v.text)).toEqual([p.text]);
  });
});
