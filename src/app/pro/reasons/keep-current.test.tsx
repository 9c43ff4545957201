import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listStatementsOfDecision } from '../../../data/repos/statements-repo';
import { listOutbox } from '../../../data/sync/pending';
import { newId, put } from '../../../data/testing/fixtures';
import { addMonths, todayInNl } from '../../../shared/catalog/dates';
import type { Statement } from '../../../shared/domain';
import { aDecision } from '../../routes/decisions/decision-fixtures';
import { startOfflineConsole } from '../../testing/offline-console';
import { renderApp } from '../../testing/render-app';

// "Nog steeds juist", "Intrekken" and the case overview's list of reasons nobody checked for more
// than three months, over the real router and IndexedDB (offline: the network is stubbed).
const caseId = newId();
const decisionId = newId();
const today = todayInNl();
const decision = aDecision({
  id: decisionId,
  caseId,
  title: 'OTS van Sam',
  decidedOn: addMonths(today, -6),
  startsOn: addMonths(today, -6),
  endsOn: addMonths(today, 6),
});
const reason = (text: string, lastCheckedOn: string): Statement => ({
  id: newId(),
  caseId,
  decisionId,
  kind: 'worry',
  text,
  source: 'School',
  observedOn: addMonths(today, -7),
  lastCheckedOn,
  status: 'current',
  history: [],
});
const old = reason('Sam komt te laat op school.', addMonths(today, -5));
const older = reason('Sam heeft geen ontbijt gehad.', addMonths(today, -6));
const fresh = reason('Sam slaapt slecht.', addMonths(today, -1));

beforeEach(async () => {
  await startOfflineConsole({
    caseId,
    changes: [put('decision', decision), ...[old, older, fresh].map((s) => put('statement', s))],
  });
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('keeping reasons current', { timeout: 30_000 }, () => {
  it('lists reasons unchecked for three months on the overview, oldest first', async () => {
    await renderApp(`/pro/dossier/${caseId}`);
    const section = await screen.findByRole(
      'region',
      { name: 'Redenen om na te kijken' },
      { timeout: 10_000 },
    );
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Sam heeft geen ontbijt gehad.'),
      expect.stringContaining('Sam komt te laat op school.'),
    ]);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute(
      'href',
      `/pro/dossier/${caseId}/besluiten/${decisionId}`,
    );
  });

  it('"Nog steeds juist" sets the day it was checked; "Intrekken" asks first, then withdraws', async () => {
    const { user } = await renderApp(`/pro/dossier/${caseId}/besluiten/${decisionId}`);
    const card = (await screen.findByText('Sam komt te laat op school.', {}, { timeout: 10_000 })).closest(
      'article',
    )!;
    expect(card).toHaveTextContent('Al meer dan 3 maanden niet nagekeken.');
    await user.click(within(card).getByRole('button', { name: 'Nog steeds juist' }));
    expect(await within(card).findByText(/Nagekeken: de reden klopt nog/)).toHaveAttribute('role', 'status');
    // The status line comes from the write; the date from the row the live query reads again.
    await vi.waitFor(() => expect(card).not.toHaveTextContent('Al meer dan 3 maanden niet nagekeken.'));

    const second = screen.getByText('Sam heeft geen ontbijt gehad.').closest('article')!;
    await user.click(within(second).getByRole('button', { name: 'Intrekken' }));
    await user.click(within(second).getByRole('button', { name: 'Ja, intrekken' }));
    expect(await within(second).findByText('Ingetrokken.')).toBeInTheDocument();

    const outbox = await listOutbox();
    expect(outbox.map((entry) => entry.name)).toEqual(['statement.put', 'statement.withdraw']);
    expect(outbox[0]!.args).toMatchObject({ value: { id: old.id, lastCheckedOn: today, text: old.text } });
    const stored = await listStatementsOfDecision(decisionId);
    expect(stored.find((s) => s.id === old.id)).toMatchObject({ lastCheckedOn: today, history: [] });
    expect(stored.find((s) => s.id === older.id)).toMatchObject({ status: 'withdrawn' });
  });
});
