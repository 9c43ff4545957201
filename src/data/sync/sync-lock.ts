/**
 * One syncing tab per origin (DESIGN.md §4): each sync run holds the Web Lock 'gezien-sync', so runs
 * from several tabs queue instead of pushing the same outbox at once; the other tabs see the result
 * through Dexie live queries. Without Web Locks (Node tests, old browsers) the run goes directly.
 */
export const SYNC_LOCK = 'gezien-sync';

export async function withSyncLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks?.request) return run();
  return locks.request(SYNC_LOCK, run) as Promise<T>;
}
