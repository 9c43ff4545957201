// The sync engine (DESIGN.md §4): push, then pull, whenever something may have changed. Triggers:
// start, `online`, the tab becoming visible, a local write (debounced), a timer while open, the
// server's SSE poke, and a retry with backoff after a run that did not get through (retry-delay.ts). Runs never overlap: within a tab a request during a run schedules one more run;
// across tabs the Web Lock queues them. Status for the UI goes to sync-status-store.
import { serverWaitRemainingMs } from '../api/server-wait';
import { localDataGeneration } from '../db/gezien-db';
import { getMeta, setMeta } from '../repos/meta-repo';
import { onLocalWipe } from '../session/wipe-local-data';
import { onLocalWrite } from './mutate';
import { pullOnce, type PullOutcome } from './pull';
import { pushOnce, type PushOutcome } from './push';
import { retryDelayMs } from './retry-delay';
import { resetSyncStatus, updateSyncStatus, type SyncErrorCode } from './sync-status-store';
import { withSyncLock } from './sync-lock';

export type SyncOutcome = 'synced' | SyncErrorCode;

export interface SyncEngineOptions {
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  /** Push soon after a write, but let quick successive writes go in one request. */
  writeDebounceMs?: number;
  intervalMs?: number;
  /** How long to wait before retrying a run that did not get through; tests shorten it. */
  retryDelay?: typeof retryDelayMs;
  /** null: no server poke (tests without EventSource). */
  eventsUrl?: string | null;
}

const errorOf = (push: PushOutcome, pull: PullOutcome | null): SyncErrorCode | null => {
  if (push === 'offline' || pull === 'offline') return 'offline';
  if (push === 'expired' || pull === 'expired') return 'expired';
  if (push === 'gap') return 'gap';
  if (push === 'failed' || pull === 'failed') return 'failed';
  return null;
};

/** One push and one pull, holding the sync lock. Safe to call from anywhere, any time. */
export async function syncOnce(): Promise<SyncOutcome> {
  return withSyncLock(async () => {
    const push = await pushOnce();
    const pull = push === 'offline' || push === 'expired' ? null : await pullOnce();
    // A pull covers what the push sent; anything written meanwhile goes in the next run.
    return errorOf(push, pull) ?? 'synced';
  });
}

export class SyncEngine {
  private running: Promise<SyncOutcome> | null = null;
  private again = false;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private stops: (() => void)[] = [];
  private events: SseConnection | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private failuresInARow = 0;
  /** Whether the coming run was asked for by something the person did (start, write, coming back). */
  private shown = false;

  constructor(private readonly options: SyncEngineOptions = {}) {}

  /**
   * Runs now, or once more right after the run in progress. A background run (timer, retry) does not
   * show "syncing": a status line that grows and shrinks every few seconds moves the page under
   * the person's finger, and a retry is not news.
   */
  syncNow(trigger: 'person' | 'background' = 'person'): Promise<SyncOutcome> {
    if (trigger === 'person') this.shown = true;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = async (): Promise<SyncOutcome> => {
      let outcome: SyncOutcome;
      do {
        this.again = false;
        updateSyncStatus({ syncing: this.shown });
        this.shown = false;
        outcome = await syncOnce().catch((): SyncOutcome => 'failed');
        updateSyncStatus({ syncing: false, lastError: outcome === 'synced' ? null : outcome });
      } while (this.again && outcome === 'synced');
      this.onOutcome(outcome);
      return outcome;
    };
    this.running = run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  requestSync(delayMs = this.options.writeDebounceMs ?? 1000): void {
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(
      () => {
        this.debounce = null;
        void this.syncNow();
      },
      Math.max(delayMs, serverWaitRemainingMs()),
    );
  }

  start(): () => void {
    const win = this.options.window ?? (typeof window === 'undefined' ? undefined : window);
    const doc = this.options.document ?? (typeof document === 'undefined' ? undefined : document);
    const listen = (target: typeof win | typeof doc, type: string, handler: () => void) => {
      if (!target) return;
      target.addEventListener(type, handler);
      this.stops.push(() => target.removeEventListener(type, handler));
    };
    listen(win, 'online', () => {
      updateSyncStatus({ online: true });
      void this.syncNow();
    });
    listen(win, 'offline', () => {
      updateSyncStatus({ online: false, lastError: 'offline' });
      this.closeEvents();
    });
    listen(doc, 'visibilitychange', () => {
      if (doc?.visibilityState === 'visible') void this.syncNow();
    });
    this.stops.push(
      onLocalWrite(() => {
        void requestPersistentStorage();
        this.requestSync();
      }),
    );
    const timer = setInterval(() => void this.syncNow('background'), this.options.intervalMs ?? 60_000);
    this.stops.push(() => clearInterval(timer));
    this.stops.push(onLocalWipe(() => this.stop()));
    void this.syncNow();
    return () => this.stop();
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = null;
    this.cancelRetry();
    this.closeEvents();
    resetSyncStatus();
  }

  private onOutcome(outcome: SyncOutcome): void {
    if (this.stops.length === 0) return;
    this.cancelRetry();
    if (outcome === 'synced') this.openEvents();
    else if (outcome === 'offline' || outcome === 'expired') this.closeEvents();
    // Only what time can fix is retried: not an expired session, not a gap this device cannot fill.
    if (outcome === 'offline' || outcome === 'failed') this.scheduleRetry();
    else this.failuresInARow = 0;
  }

  private scheduleRetry(): void {
    this.failuresInARow += 1;
    const delay = (this.options.retryDelay ?? retryDelayMs)(this.failuresInARow, serverWaitRemainingMs());
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.syncNow('background');
    }, delay);
  }

  private cancelRetry(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }

  private openEvents(): void {
    const url = this.options.eventsUrl === undefined ? '/api/sync/events' : this.options.eventsUrl;
    if (this.events || url === null || typeof EventSource === 'undefined') return;
    this.events = new SseConnection(url, () => this.requestSync(100));
  }

  private closeEvents(): void {
    this.events?.close();
    this.events = null;
  }
}

/**
 * The server's poke (`event: poke`, no content). EventSource reconnects by itself after a dropped
 * stream; when it gives up (an error answer) we reconnect with exponential backoff up to 5 minutes.
 */
class SseConnection {
  private source: EventSource | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private backoffMs = 1000;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly onPoke: () => void,
  ) {
    this.connect();
  }

  private connect(): void {
    if (this.closed) return;
    const source = new EventSource(this.url);
    this.source = source;
    source.addEventListener('open', () => {
      this.backoffMs = 1000;
    });
    source.addEventListener('poke', () => this.onPoke());
    source.addEventListener('error', () => {
      if (source.readyState !== EventSource.CLOSED || this.closed) return;
      this.retry = setTimeout(() => this.connect(), this.backoffMs);
      this.backoffMs = Math.min(this.backoffMs * 2, 300_000);
    });
  }

  close(): void {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.source?.close();
  }
}

/** D6: ask once per login that the browser keep our data; after the first write, not at start. */
async function requestPersistentStorage(): Promise<void> {
  const generation = localDataGeneration();
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  if (await getMeta('persistRequested')) return;
  if (generation !== localDataGeneration()) return;
  await setMeta('persistRequested', true);
  await navigator.storage.persist().catch(() => false);
}
