import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CSRF_HEADER } from '../../shared/api/auth';
import { db, deleteLocalDatabase } from '../db/gezien-db';
import { listInvolvements } from '../repos/involvements-repo';
import { getMe, saveMe } from '../repos/me-repo';
import { stubApi } from '../testing/fake-api';
import { aMe, anInvolvement, newId, put } from '../testing/fixtures';
import { applyChanges } from '../sync/apply-changes';
import { login, logout } from './session';

const caseId = newId();
const me = aMe(caseId, newId());
const involvement = anInvolvement({ caseId });

beforeEach(async () => {
  await deleteLocalDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const loggedInApi = () =>
  stubApi({
    'POST /api/auth/login': () => ({ status: 200, body: { user: { id: me.user.id, kind: 'family' } } }),
    'GET /api/auth/me': () => ({ status: 200, body: me }),
    'POST /api/sync/pull': () => ({
      status: 200,
      body: { cursor: 'c1', lastMutationId: 0, rejections: [], changes: [put('involvement', involvement)] },
    }),
    'POST /api/auth/logout': () => ({ status: 204 }),
  });

describe('login', () => {
  it('stores me and pulls the case', async () => {
    const fetchSpy = loggedInApi();
    const result = await login('naima', 'geheim');

    expect(result.pull).toBe('synced');
    expect(await getMe()).toEqual(me);
    expect(await listInvolvements(caseId)).toEqual([involvement]);
    const [, init] = fetchSpy.mock.calls[0]!;
    expect(new Headers(init?.headers).get(CSRF_HEADER)).toBe('gezien');
  });

  it('fails with invalid-credentials and stores nothing', async () => {
    stubApi({ 'POST /api/auth/login': () => ({ status: 401, body: { error: 'invalid-credentials' } }) });

    await expect(login('naima', 'fout')).rejects.toMatchObject({ code: 'invalid-credentials', status: 401 });
    expect(await getMe()).toBeNull();
  });

  it('wipes the previous user’s data when someone else logs in on the device', async () => {
    await saveMe(aMe(caseId, newId()));
    const earlier = anInvolvement({ caseId });
    await applyChanges([put('involvement', earlier)], { cursor: 'old' });
    loggedInApi();

    await login('naima', 'geheim');

    expect(await listInvolvements(caseId)).toEqual([involvement]);
  });
});

describe('logout', () => {
  it('deletes the local database, also when the server cannot be reached', async () => {
    loggedInApi();
    await login('naima', 'geheim');
    vi.restoreAllMocks();
    stubApi({ 'POST /api/auth/logout': () => 'network-error' });

    await logout();

    expect(await indexedDB.databases()).toEqual([]);
    expect(db.isOpen()).toBe(false);
  });
});
