import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteLocalDatabase } from '../db/gezien-db';
import { saveMe } from '../repos/me-repo';
import { stubApi } from '../testing/fake-api';
import { aMe, newId } from '../testing/fixtures';
import { mutate } from './mutate';
import { countUnsent } from './pending';
import { SyncEngine } from './sync-engine';
import { getSyncStatus, subscribeSyncStatus } from './sync-status-store';

const caseId = newId();
let stop: (() => void) | null = null;

beforeEach(async () => {
  await deleteLocalDatabase();
  await saveMe(aMe(caseId, newId()));
});
afterEach(() => {
  stop?.();
  stop = null;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const until = async (check: () => boolean | Promise<boolean>, ms = 2000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/** A server that accepts every push and counts the calls. */
function countingServer() {
  const calls = { push: 0, pull: 0 };
  let last = 0;
  stubApi({
    'POST /api/sync/push': (body) => {
      calls.push += 1;
      const { mutations } = body as { mutations: { id: number }[] };
      last = Math.max(last, ...mutations.map((m) => m.id));
      return { status: 200, body: { lastMutationId: last } };
    },
    'POST /api/sync/pull': () => {
      calls.pull += 1;
      return {
        status: 200,
        body: { cursor: `c${calls.pull}`, lastMutationId: last, rejections: [], changes: [] },
      };
    },
  });
  return calls;
}

const story = () => ({
  id: newId(),
  caseId,
  subject: { type: 'case' as const, id: caseId },
  stance: 'story' as const,
  text: 'tekst',
  audience: 'everyone' as const,
});

function start(options: ConstructorParameters<typeof SyncEngine>[0] = {}) {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const engine = new SyncEngine({
    window: win,
    document: doc,
    eventsUrl: null,
    writeDebounceMs: 20,
    ...options,
  });
  stop = engine.start();
  return { engine, win, doc };
}

describe('the sync engine', () => {
  it('syncs at start, and pushes a write soon after it is made, batching quick writes', async () => {
    const calls = countingServer();
    start();
    await until(() => calls.pull === 1);

    await mutate('perspective.add', story());
    await mutate('perspective.add', story());
    await until(async () => (await countUnsent()) === 0);

    expect(calls.push).toBe(1);
  });

  it('syncs again when the device comes back online and when the tab becomes visible', async () => {
    const calls = countingServer();
    const { win, doc } = start();
    await until(() => calls.pull === 1);

    win.dispatchEvent(new Event('online'));
    await until(() => calls.pull === 2);
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    await until(() => calls.pull === 3);
  });

  it('reports offline with the writes still counted as unsent', async () => {
    stubApi({ 'POST /api/sync/push': () => 'network-error', 'POST /api/sync/pull': () => 'network-error' });
    const { engine } = start();
    await mutate('perspective.add', story());

    expect(await engine.syncNow()).toBe('offline');
    expect(getSyncStatus()).toMatchObject({ syncing: false, lastError: 'offline' });
    expect(await countUnsent()).toBe(1);
  });

  it('keeps every write in the outbox when the server says too many requests, and sends it later', async () => {
    let limited = true;
    let pushes = 0;
    stubApi({
      'POST /api/sync/push': (body) => {
        if (limited) return { status: 429, body: { error: 'rate-limited' } };
        pushes += 1;
        const { mutations } = body as { mutations: { id: number }[] };
        return { status: 200, body: { lastMutationId: Math.max(...mutations.map((m) => m.id)) } };
      },
      'POST /api/sync/pull': () => ({
        status: 200,
        body: { cursor: 'c', lastMutationId: limited ? 0 : 1, rejections: [], changes: [] },
      }),
    });
    const { engine } = start({ writeDebounceMs: 60_000 });
    await mutate('perspective.add', story());

    expect(await engine.syncNow()).toBe('failed');
    expect(await countUnsent()).toBe(1);
    limited = false;
    expect(await engine.syncNow()).toBe('synced');
    expect(pushes).toBe(1);
    expect(await countUnsent()).toBe(0);
  });

  it('tries again by itself after a run that did not reach the server, without an online event', async () => {
    let reachable = false;
    const calls = { push: 0 };
    stubApi({
      'POST /api/sync/push': (body) => {
        if (!reachable) return 'network-error';
        calls.push += 1;
        const { mutations } = body as { mutations: { id: number }[] };
        return { status: 200, body: { lastMutationId: Math.max(...mutations.map((m) => m.id)) } };
      },
      'POST /api/sync/pull': () => ({
        status: 200,
        body: { cursor: 'c', lastMutationId: calls.push, rejections: [], changes: [] },
      }),
    });
    const delays: number[] = [];
    start({
      writeDebounceMs: 60_000,
      retryDelay: (failures) => {
        delays.push(failures);
        return 20;
      },
    });
    await mutate('perspective.add', story());
    await until(() => delays.length >= 2);
    expect(await countUnsent()).toBe(1);

    reachable = true;
    await until(async () => (await countUnsent()) === 0);
    expect(calls.push).toBe(1);
    expect(delays.slice(0, 2)).toEqual([1, 2]);
  });

  it('retries quietly: the status line says "syncing" for the start, not for each retry', async () => {
    stubApi({ 'POST /api/sync/push': () => 'network-error', 'POST /api/sync/pull': () => 'network-error' });
    const shown: boolean[] = [];
    const unsubscribe = subscribeSyncStatus(() => shown.push(getSyncStatus().syncing));
    let retries = 0;
    start({
      retryDelay: () => {
        retries += 1;
        return 20;
      },
    });
    await until(() => retries >= 4);
    unsubscribe();

    expect(shown[0]).toBe(true);
    expect(shown.slice(1)).not.toContain(true);
  });

  it('does not retry an expired session by itself', async () => {
    let pushes = 0;
    stubApi({
      'POST /api/sync/push': () => {
        pushes += 1;
        return { status: 401, body: { error: 'unauthenticated' } };
      },
    });
    const { engine } = start({ writeDebounceMs: 60_000, retryDelay: () => 5 });
    await mutate('perspective.add', story());
    await until(() => pushes >= 1);
    expect(await engine.syncNow()).toBe('expired');
    const after = pushes;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pushes).toBe(after);
  });

  it('asks the browser to keep the data once, after the first write', async () => {
    countingServer();
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { onLine: true, storage: { persist } });
    start();
    await mutate('perspective.add', story());
    await mutate('perspective.add', story());
    await until(async () => (await countUnsent()) === 0);

    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('a server poke starts a sync', async () => {
    const calls = countingServer();
    const sources: EventTarget[] = [];
    class FakeEventSource extends EventTarget {
      static CLOSED = 2;
      readyState = 1;
      constructor(readonly url: string) {
        super();
        sources.push(this);
      }
      close() {
        this.readyState = 2;
      }
    }
    vi.stubGlobal('EventSource', FakeEventSource);
    start({ eventsUrl: '/api/sync/events' });
    await until(() => sources.length === 1);
    const before = calls.pull;

    sources[0]!.dispatchEvent(new Event('poke'));
    await until(() => calls.pull > before);
  });
});
