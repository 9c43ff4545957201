import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listOutbox } from '../../../data/sync/pending';
import { aMember, aPerspective, newId, put } from '../../../data/testing/fixtures';
import type { Perspective, Statement } from '../../../shared/domain';
import { aDecision } from '../../routes/decisions/decision-fixtures';
import { startOfflineConsole } from '../../testing/offline-console';
import { renderApp } from '../../testing/render-app';

// The inbox over the real router and IndexedDB (offline: the network is stubbed).
const caseId = newId();
const decisionId = newId();
const pro = aMember({ caseId, displayName: 'Joyce Bakker', role: 'professional', hasCustody: null });
const naima = aMember({ caseId, displayName: 'Naima', role: 'parent' });
const reason = (text: string): Statement => ({
  id: newId(),
  caseId,
  decisionId,
  kind: 'opinion',
  text,
  source: 'School',
  observedOn: '2026-02-01',
  lastCheckedOn: '2026-11-01',
  status: 'current',
  history: [],
});
const opinion = reason('Sam kan zich slecht concentreren.');
const fact = reason('Sam was 12 dagen afwezig.');
const perspective = (statement: Statement, extra: Partial<Perspective>): Perspective =>
  aPerspective({
    caseId,
    authorMemberId: naima.id,
    subject: { type: 'statement', id: statement.id },
    stance: 'disagree',
    text: 'Ik ben het hier niet mee eens.',
    ...extra,
  });
const disagree = perspective(opinion, {});
const incorrect = perspective(fact, {
  stance: 'incorrect',
  text: 'Het waren er 8.',
  correctionStatus: 'open',
  updatedAt: '2026-11-12T10:00:00.000Z',
});

beforeEach(async () => {
  await startOfflineConsole({
    caseId,
    memberships: [{ caseId, memberId: pro.id }],
    changes: [
      put('member', pro),
      put('member', naima),
      put(
        'decision',
        aDecision({
          id: decisionId,
          caseId,
          title: 'OTS van Sam',
          decidedOn: '2026-03-01',
          startsOn: '2026-03-01',
          endsOn: null,
        }),
      ),
      put('statement', opinion),
      put('statement', fact),
      put('perspective', disagree),
      put('perspective', incorrect),
    ],
  });
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the console inbox', { timeout: 30_000 }, () => {
  it('lists both, newest first, and filters open correction requests', async () => {
    const { user } = await renderApp('/pro/inbox');
    const links = await screen.findAllByRole('link', { name: /Sam/ }, { timeout: 10_000 });
    expect(links.map((link) => link.textContent)).toEqual([
      'Dit klopt niet: Sam was 12 dagen afwezig.',
      'Niet eens: Sam kan zich slecht concentreren.',
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Laat zien' }), 'corrections');
    expect(await screen.findByText('1 reactie')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /concentreren/ })).not.toBeInTheDocument();
  });

  it('opening marks it read, and a reply goes to the outbox', async () => {
    const { user } = await renderApp(`/pro/inbox/${disagree.id}`);
    await screen.findByRole('heading', { name: /Niet eens/ }, { timeout: 10_000 });
    await vi.waitFor(async () =>
      expect((await listOutbox()).map((e) => e.name)).toEqual(['perspective.markRead']),
    );
    await user.click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    expect(screen.getByRole('textbox', { name: /Jouw antwoord/ })).toHaveAccessibleDescription(
      /Schrijf eerst een antwoord/,
    );
    await user.type(screen.getByRole('textbox', { name: /Jouw antwoord/ }), 'Dank je, we bespreken het.');
    await user.click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    const replies = screen.getByRole('region', { name: 'Antwoorden' });
    expect(await within(replies).findByText(/Dank je, we bespreken het/)).toBeInTheDocument();
    expect((await listOutbox()).at(-1)).toMatchObject({
      name: 'reply.add',
      args: { perspectiveId: disagree.id, text: 'Dank je, we bespreken het.' },
    });
  });

  it('a correction request: adjust the reason, or "blijft zo" only with a reason', async () => {
    const { user } = await renderApp(`/pro/inbox/${incorrect.id}`);
    expect(await screen.findByRole('link', { name: 'Reden aanpassen' }, { timeout: 10_000 })).toHaveAttribute(
      'href',
      `/pro/dossier/${caseId}/besluiten/${decisionId}/redenen/${fact.id}?verzoek=${incorrect.id}`,
    );
    await user.click(screen.getByRole('button', { name: 'Blijft zo: versturen' }));
    expect(screen.getByRole('textbox', { name: /Waarom blijft het zo/ })).toHaveAccessibleDescription(
      /Schrijf op wat het gezin leest/,
    );
    await user.type(
      screen.getByRole('textbox', { name: /Waarom blijft het zo/ }),
      'De school telde 12 dagen.',
    );
    await user.click(screen.getByRole('button', { name: 'Blijft zo: versturen' }));
    expect(
      await screen.findByText(/Verzoek afgehandeld: blijft zo\. De school telde 12 dagen\./),
    ).toBeInTheDocument();
    expect((await listOutbox()).at(-1)).toMatchObject({
      name: 'perspective.resolve',
      args: { id: incorrect.id, outcome: 'kept', reason: 'De school telde 12 dagen.' },
    });
  });

  it('adjusting the reason from the request resolves it as corrected in the same step', async () => {
    const { user } = await renderApp(
      `/pro/dossier/${caseId}/besluiten/${decisionId}/redenen/${fact.id}?verzoek=${incorrect.id}`,
    );
    expect(await screen.findByText('Het waren er 8.', {}, { timeout: 10_000 })).toBeInTheDocument();
    const text = screen.getByRole('textbox', { name: /De reden/ });
    await user.clear(text);
    await user.type(text, 'Sam was 8 dagen afwezig.');
    await user.click(screen.getByRole('button', { name: 'Aanpassing opslaan' }));
    expect(
      await screen.findByRole('link', { name: 'Schrijf op wat je het gezin laat weten.' }),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Wat laat je het gezin weten/ }), 'Je had gelijk.');
    await user.click(screen.getByRole('button', { name: 'Aanpassing opslaan' }));
    expect(await screen.findByText(/Opgeslagen op dit apparaat/)).toBeInTheDocument();
    const outbox = await listOutbox();
    expect(outbox.map((e) => e.name)).toEqual(['statement.put', 'perspective.resolve']);
    expect(outbox[1]!.args).toEqual({ id: incorrect.id, outcome: 'corrected', reason: 'Je had gelijk.' });
  });
});
