import { SyncEngine } from './sync-engine';

let current: SyncEngine | null = null;

/** Starts the sync engine for this tab (all triggers of DESIGN.md §4); returns a stop function. */
export function startSync(): () => void {
  current?.stop();
  const engine = new SyncEngine();
  current = engine;
  const stop = engine.start();
  return () => {
    stop();
    if (current === engine) current = null;
  };
}

/** Sync as soon as possible (e.g. a "send now" button); a no-op before startSync. */
export function requestSyncNow(): void {
  void current?.syncNow();
}
