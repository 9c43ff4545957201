import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMe } from '../../../data/repos/me-repo';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { applyChanges } from '../../../data/sync/apply-changes';
import { stubApi } from '../../../data/testing/fake-api';
import { newId, put } from '../../../data/testing/fixtures';
import { renderApp } from '../../testing/render-app';

// The case's access log in the console: online only, the period asked of the server, filters here.
const caseId = newId();
const entry = (at: string, actorName: string, entity: string, action: string) => ({
  at,
  actorName,
  entity,
  action,
  actorRole: 'professional',
  organisation: 'GI',
});
let asked: string[] = [];

beforeEach(async () => {
  asked = [];
  await wipeLocalData();
  await saveMe({ user: { id: newId(), kind: 'professional', displayName: 'Joyce Bakker' }, memberships: [] });
  await applyChanges(
    [put('case', { id: caseId, title: 'Gezin Test', createdAt: '2026-01-01T00:00:00.000Z' })],
    {
      cursor: 'c1',
    },
  );
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the case access log', { timeout: 30_000 }, () => {
  it('lists who did what, newest first, and filters by person', async () => {
    const spy = stubApi({
      'POST /api/sync/pull': () => 'network-error',
      [`GET /api/cases/${caseId}/access-log`]: () => ({
        status: 200,
        body: {
          entries: [
            entry('2026-11-01T10:00:00.000Z', 'Joyce Bakker', 'decision', 'create'),
            entry('2026-11-02T10:00:00.000Z', 'Karim Aydin', 'member', 'read'),
          ],
        },
      }),
    });
    const { user } = await renderApp(`/pro/dossier/${caseId}/logboek`);
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual([
      'Karim Aydin',
      'Joyce Bakker',
    ]);
    expect(rows[1]).toHaveTextContent('Besluiten');
    expect(rows[1]).toHaveTextContent('toegevoegd');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Wie' }), 'Joyce Bakker');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);

    await user.type(screen.getByLabelText('Vanaf'), '2026-11-02');
    await vi.waitFor(() => {
      asked = spy.mock.calls.map(([input]) => String(input));
      expect(asked.some((url) => url.includes('from=2026-11-02'))).toBe(true);
    });
  });

  it('says it needs internet when offline', async () => {
    stubApi({
      'POST /api/sync/pull': () => 'network-error',
      [`GET /api/cases/${caseId}/access-log`]: () => 'network-error',
    });
    await renderApp(`/pro/dossier/${caseId}/logboek`);
    expect(await screen.findByText('Je hebt internet nodig om het logboek te zien.')).toBeInTheDocument();
  });
});
