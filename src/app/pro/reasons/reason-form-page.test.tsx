import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listStatementsOfDecision } from '../../../data/repos/statements-repo';
import { listOutbox } from '../../../data/sync/pending';
import { aMember, newId, put } from '../../../data/testing/fixtures';
import { todayInNl } from '../../../shared/catalog/dates';
import type { Statement } from '../../../shared/domain';
import { aDecision } from '../../routes/decisions/decision-fixtures';
import { startOfflineConsole } from '../../testing/offline-console';
import { renderApp } from '../../testing/render-app';

// Reasons in the console over the real router and IndexedDB (offline: the network is stubbed).
const caseId = newId();
const decisionId = newId();
const naima = aMember({ caseId, displayName: 'Naima', role: 'parent' });
const decision = aDecision({
  id: decisionId,
  caseId,
  title: 'OTS van Sam',
  decidedOn: '2026-03-01',
  startsOn: '2026-03-01',
  endsOn: '2027-03-01',
});
const reason: Statement = {
  id: newId(),
  caseId,
  decisionId,
  kind: 'fact',
  text: 'Sam was 12 dagen niet op school.',
  source: 'School',
  observedOn: '2026-02-01',
  lastCheckedOn: '2026-02-01',
  status: 'current',
  history: [],
};

beforeEach(async () => {
  await startOfflineConsole({
    caseId,
    changes: [put('member', naima), put('decision', decision), put('statement', reason)],
  });
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('reasons behind a decision', { timeout: 30_000 }, () => {
  it('cannot be saved without kind, source and date; each kind is explained with an example', async () => {
    const { user } = await renderApp(`/pro/dossier/${caseId}/besluiten/${decisionId}/redenen/nieuw`);
    const worry = await screen.findByRole('radio', { name: /^Zorg/ }, { timeout: 10_000 });
    expect(worry).toHaveAccessibleName(/Iets waar iemand bang voor is.*Voorbeeld: We zijn bang/);
    for (const kind of [/^Feit/, /^Gezien of gehoord/, /^Mening/, /^Wat goed gaat/]) {
      expect(screen.getByRole('radio', { name: kind })).not.toBeChecked();
    }
    await user.type(screen.getByRole('textbox', { name: /De reden/ }), 'Naima komt elke afspraak na.');
    await user.click(screen.getByRole('button', { name: 'Reden opslaan' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: /Kies wat voor reden het is/ })).toHaveAttribute(
      'href',
      '#reason-kind',
    );
    expect(within(summary).getByRole('link', { name: /Vul de bron in/ })).toHaveAttribute(
      'href',
      '#reason-source',
    );
    expect(within(summary).getByRole('link', { name: 'Vul de datum in.' })).toHaveAttribute(
      'href',
      '#reason-observed-on',
    );
    expect(screen.getByRole('group', { name: /Wat voor reden is het/ })).toHaveAccessibleDescription(
      /Kies wat voor reden het is/,
    );
    expect(screen.getByRole('textbox', { name: /Bron/ })).toHaveAccessibleDescription(/Vul de bron in/);
    expect(screen.getByRole('textbox', { name: /De reden/ })).toHaveValue('Naima komt elke afspraak na.');

    await user.type(screen.getByLabelText(/^Datum/), '2099-01-01');
    await user.click(screen.getByRole('button', { name: 'Reden opslaan' }));
    expect(
      await screen.findByRole('link', { name: 'De datum kan niet in de toekomst liggen.' }),
    ).toBeInTheDocument();
    expect(await listOutbox()).toEqual([]);
  });

  it('saves a complete reason, checked today, offline', async () => {
    const { user } = await renderApp(`/pro/dossier/${caseId}/besluiten/${decisionId}/redenen/nieuw`);
    await user.click(await screen.findByRole('radio', { name: /^Wat goed gaat/ }, { timeout: 10_000 }));
    await user.type(screen.getByRole('textbox', { name: /De reden/ }), 'Naima komt elke afspraak na.');
    await user.type(screen.getByRole('textbox', { name: /Bron/ }), 'Jeugdbeschermer');
    await user.type(screen.getByLabelText(/^Datum/), '2026-03-10');
    await user.click(screen.getByRole('button', { name: 'Reden opslaan' }));

    expect(await screen.findByText(/Opgeslagen op dit apparaat/)).toBeInTheDocument();
    const [entry] = await listOutbox();
    expect(entry).toMatchObject({
      name: 'statement.put',
      args: {
        value: {
          kind: 'strength',
          source: 'Jeugdbeschermer',
          observedOn: '2026-03-10',
          lastCheckedOn: todayInNl(),
        },
      },
    });
  });

  it('keeps the old wording, marked replaced, when a reason is adjusted', async () => {
    const { user } = await renderApp(`/pro/dossier/${caseId}/besluiten/${decisionId}/redenen/${reason.id}`);
    const text = await screen.findByRole('textbox', { name: /De reden/ }, { timeout: 10_000 });
    expect(text).toHaveAccessibleDescription(/De oude tekst blijft zichtbaar/);
    await user.clear(text);
    await user.type(text, 'Sam was 8 dagen niet op school.');
    await user.click(screen.getByRole('button', { name: 'Aanpassing opslaan' }));

    expect(await screen.findByText(/Opgeslagen op dit apparaat/)).toBeInTheDocument();
    const [stored] = await listStatementsOfDecision(decisionId);
    expect(stored).toMatchObject({ text: 'Sam was 8 dagen niet op school.', status: 'corrected' });
    expect(stored?.history.map((h) => h.text)).toEqual(['Sam was 12 dagen niet op school.']);
    expect(screen.getByText('Aangepast. De oude tekst staat eronder.')).toBeInTheDocument();
  });
});
