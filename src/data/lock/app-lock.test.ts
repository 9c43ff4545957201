import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, DB_NAME, deleteLocalDatabase } from '../db/gezien-db';
import { listInvolvements } from '../repos/involvements-repo';
import { getMe, saveMe } from '../repos/me-repo';
import { applyChanges } from '../sync/apply-changes';
import { mutate } from '../sync/mutate';
import { listUnsent } from '../sync/push';
import { pullOnce } from '../sync/pull';
import { stubApi } from '../testing/fake-api';
import { aMe, anInvolvement, newId, put } from '../testing/fixtures';
import { readRawText } from '../testing/raw-idb';
import { disableLock, enableLock, initLock, lockNow, unlock } from './app-lock';
import { getLockStatus } from './lock-store';

const PIN = '482910';
const caseId = newId();
const memberId = newId();
const CANARY = 'CANARY-Karin-woont-Lindelaan-7';

beforeEach(async () => {
  await deleteLocalDatabase();
  await saveMe(aMe(caseId, memberId));
});
afterEach(() => {
  vi.restoreAllMocks();
});

const story = (text: string) => ({
  id: newId(),
  caseId,
  subject: { type: 'case' as const, id: caseId },
  stance: 'story' as const,
  text,
  audience: 'everyone' as const,
});

describe('app lock: encryption at rest', () => {
  it('with the lock on, the raw IndexedDB holds no case text, and the PIN opens it all again', async () => {
    const involvement = anInvolvement({ caseId, personName: CANARY });
    await applyChanges([put('involvement', involvement)], { cursor: 'c1' });
    await mutate('perspective.add', story(`${CANARY} mijn verhaal`));
    expect(await readRawText(DB_NAME)).toContain(CANARY);

    await enableLock(PIN);

    // Written after the lock was turned on: sealed as well.
    await mutate('perspective.add', story(`${CANARY} nog meer`));
    lockNow();
    const raw = await readRawText(DB_NAME);
    expect(raw).not.toContain(CANARY);
    expect(raw).not.toContain('Naima');
    expect(raw).toContain(involvement.id);
    await expect(listInvolvements(caseId)).rejects.toThrow('locked');

    expect(await unlock(PIN)).toEqual({ kind: 'open' });
    expect(await listInvolvements(caseId)).toEqual([involvement]);
    expect((await getMe())?.user.displayName).toBe('Naima');
    expect((await listUnsent()).map((entry) => (entry.args as { text: string }).text)).toEqual([
      `${CANARY} mijn verhaal`,
      `${CANARY} nog meer`,
    ]);
  });

  it('the real sync engine pushes, pulls and rebases over sealed rows (no TransactionInactiveError)', async () => {
    await enableLock(PIN);
    const mine = story('Mijn woorden blijven staan.');
    await mutate('perspective.add', mine);
    const serverRow = anInvolvement({ caseId, personName: 'Nieuw' });
    let pulls = 0;
    stubApi({
      'POST /api/sync/pull': () => {
        pulls += 1;
        // First pull: the server has not seen the write yet (rebase keeps it); second: it has.
        return {
          status: 200,
          body: {
            cursor: `c${pulls}`,
            lastMutationId: pulls === 1 ? 0 : 1,
            rejections: [],
            changes: [put('involvement', serverRow)],
          },
        };
      },
    });

    expect(await pullOnce()).toBe('synced');
    expect(await db.perspective.get(mine.id)).toMatchObject({ text: mine.text });
    expect(await db.shadow.count()).toBe(1);
    expect(await pullOnce()).toBe('synced');
    expect(await listInvolvements(caseId)).toEqual([serverRow]);
    expect(await db.outbox.count()).toBe(0);
    // Dexie's cursor path (filter) opens sealed rows too.
    expect(await db.involvement.filter((row) => row.personName === 'Nieuw').count()).toBe(1);
    lockNow();
    expect(await readRawText(DB_NAME)).not.toContain('Nieuw');
  });

  it('a changed ciphertext reads as absent and the next pull asks for everything', async () => {
    await applyChanges([put('involvement', anInvolvement({ caseId }))], { cursor: 'c1' });
    await enableLock(PIN);
    const [row] = await db.involvement.toArray();
    const raw = indexedDB.open(DB_NAME);
    await new Promise<void>((resolve) => {
      raw.onsuccess = () => {
        const store = raw.result.transaction('involvement', 'readwrite').objectStore('involvement');
        const get = store.get(row!.id);
        get.onsuccess = () => {
          const stored = get.result as { $sealed: { data: ArrayBuffer } };
          new Uint8Array(stored.$sealed.data)[0]! ^= 1;
          store.put(stored).onsuccess = () => resolve();
        };
      };
    });
    raw.result.close();

    expect(await db.involvement.get(row!.id)).toBeUndefined();
    await vi.waitFor(async () => expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: null }));
  });

  it('turning the lock off stores the rows readable again', async () => {
    await applyChanges([put('involvement', anInvolvement({ caseId, personName: CANARY }))], { cursor: 'c1' });
    await enableLock(PIN);
    await disableLock();
    expect(getLockStatus()).toBe('off');
    expect(await readRawText(DB_NAME)).toContain(CANARY);
    expect(await initLock()).toBe('off');
  });
});

describe('app lock: wrong PINs', () => {
  it('counts down, and the fifth wrong PIN logs out and wipes the device', async () => {
    const logout = stubApi({ 'POST /api/auth/logout': () => ({ status: 204 }) });
    await applyChanges([put('involvement', anInvolvement({ caseId }))], { cursor: 'c1' });
    await enableLock(PIN);
    lockNow();

    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await unlock('000000'));

    expect(results.map((r) => (r.kind === 'wrong' ? r.left : r.kind))).toEqual([4, 3, 2, 1, 'wiped']);
    expect(logout).toHaveBeenCalledTimes(1);
    expect(await indexedDB.databases()).toEqual([]);
  }, 30_000);

  it('a right PIN after wrong ones resets the count', async () => {
    await enableLock(PIN);
    lockNow();
    expect(await unlock('111111')).toEqual({ kind: 'wrong', left: 4 });
    expect(await unlock(PIN)).toEqual({ kind: 'open' });
    lockNow();
    expect(await unlock('111111')).toEqual({ kind: 'wrong', left: 4 });
  }, 30_000);
});
