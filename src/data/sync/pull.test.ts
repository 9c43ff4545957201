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

  it('pulls a new device’s case page by page, one transaction each, and settles only after the last', async () => {
    const rows = Array.from({ length: 5 }, () => anInvolvement({ caseId }));
    const cursors: (string | null)[] = [];
    const pages: Record<string, { next: string; rows: unknown[]; more?: true }> = {
      start: { next: 'p1', rows: rows.slice(0, 2), more: true },
      p1: { next: 'p2', rows: rows.slice(2, 4), more: true },
      p2: { next: 'done', rows: rows.slice(4) },
    };
    await applyChanges([], { cursor: 'start' });
    stubApi({
      'POST /api/sync/pull': (body) => {
        const { cursor } = body as { cursor: string };
        cursors.push(cursor);
        const answer = pages[cursor]!;
        const changes = answer.rows.map((row) => put('involvement', row));
        const settled = answer.more ? 0 : 7;
        return {
          status: 200,
          body: { cursor: answer.next, lastMutationId: settled, rejections: [], changes, more: answer.more },
        };
      },
    });

    expect(await pullOnce()).toBe('synced');
    expect(cursors).toEqual(['start', 'p1', 'p2']);
    expect(await listInvolvements(caseId)).toHaveLength(5);
    expect(await getMeta('cursor')).toBe('done');
    expect(await getMeta('lastMutationId')).toBe(7);
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
