import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteLocalDatabase } from '../db/gezien-db';
import { listInvolvements } from '../repos/involvements-repo';
import { getMeta, isSessionExpired } from '../repos/meta-repo';
import { stubApi } from '../testing/fake-api';
import { anInvolvement, newId, put } from '../testing/fixtures';
import { applyChanges } from './apply-changes';
import { pullOnce } from './pull';

const caseId = newId();

beforeEach(async () => {
  await deleteLocalDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const page = (cursor: string, changes: unknown[]) => ({
  status: 200,
  body: { cursor, lastMutationId: 0, rejections: [], changes },
});

describe('pullOnce', () => {
  it('sends the stored cursor and applies the answer', async () => {
    const involvement = anInvolvement({ caseId });
    await applyChanges([], { cursor: 'c1' });
    const requests: unknown[] = [];
    stubApi({
      'POST /api/sync/pull': (body) => (requests.push(body), page('c2', [put('involvement', involvement)])),
    });

    expect(await pullOnce()).toBe('synced');
    expect(requests[0]).toMatchObject({ protocolVersion: 1, cursor: 'c1', clientId: expect.any(String) });
    expect(await listInvolvements(caseId)).toEqual([involvement]);
    expect(await getMeta('cursor')).toBe('c2');
  });

  it('pulls everything again after a reset and replaces the old rows', async () => {
    const old = anInvolvement({ caseId });
    const fresh = anInvolvement({ caseId });
    await applyChanges([put('involvement', old)], { cursor: 'too-old' });
    stubApi({
      'POST /api/sync/pull': (body) =>
        (body as { cursor: string | null }).cursor === null
          ? page('c1', [put('involvement', fresh)])
          : { status: 200, body: { reset: true } },
    });

    expect(await pullOnce()).toBe('synced');
    expect(await listInvolvements(caseId)).toEqual([fresh]);
  });

  it('marks the session expired on 401 and keeps the data readable', async () => {
    const involvement = anInvolvement({ caseId });
    await applyChanges([put('involvement', involvement)], { cursor: 'c1' });
    stubApi({ 'POST /api/sync/pull': () => ({ status: 401, body: { error: 'unauthenticated' } }) });

    expect(await pullOnce()).toBe('expired');
    expect(await isSessionExpired()).toBe(true);
    expect(await listInvolvements(caseId)).toEqual([involvement]);
  });

  it('reports offline when the network fails', async () => {
    stubApi({ 'POST /api/sync/pull': () => 'network-error' });
    expect(await pullOnce()).toBe('offline');
  });
});
