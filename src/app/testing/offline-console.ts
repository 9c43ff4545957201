// The common start of a console test over the real router and IndexedDB.
import type { MeResponse } from '../../shared/api/me';
import { saveMe } from '../../data/repos/me-repo';
import { wipeLocalData } from '../../data/session/wipe-local-data';
import { applyChanges } from '../../data/sync/apply-changes';
import { stubApi } from '../../data/testing/fake-api';
import { newId, put } from '../../data/testing/fixtures';

interface Options {
  caseId: string;
  /** Joyce's own memberships; most console pages need none. */
  memberships?: MeResponse['memberships'];
  /** What else the server sent with the case, e.g. put('member', naima). */
  changes?: unknown[];
}

/**
 * An empty device with Joyce Bakker signed in as a professional, the case "Gezin Test" and
 * `changes` stored as if pulled, and a server that never answers (sync stays offline).
 */
export async function startOfflineConsole({ caseId, memberships = [], changes = [] }: Options) {
  await wipeLocalData();
  await saveMe({ user: { id: newId(), kind: 'professional', displayName: 'Joyce Bakker' }, memberships });
  await applyChanges(
    [put('case', { id: caseId, title: 'Gezin Test', createdAt: '2026-01-01T00:00:00.000Z' }), ...changes],
    { cursor: 'c1' },
  );
  stubApi({ 'POST /api/sync/pull': () => 'network-error', 'POST /api/sync/push': () => 'network-error' });
}
