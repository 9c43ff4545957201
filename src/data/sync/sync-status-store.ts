// What the UI shows about sync, outside React: the engine writes, useSyncExternalStore reads.
// The pending count and last-synced time live in IndexedDB (see sync-repo) so every tab sees them.
export type SyncErrorCode = 'offline' | 'expired' | 'gap' | 'failed';

export interface SyncStatus {
  online: boolean;
  syncing: boolean;
  lastError: SyncErrorCode | null;
}

const initial = (): SyncStatus => ({
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  syncing: false,
  lastError: null,
});

let status: SyncStatus = initial();
const listeners = new Set<() => void>();

export const getSyncStatus = (): SyncStatus => status;

export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateSyncStatus(patch: Partial<SyncStatus>): void {
  const next = { ...status, ...patch };
  if (Object.entries(next).every(([k, v]) => status[k as keyof SyncStatus] === v)) return;
  status = next;
  for (const listener of listeners) listener();
}

export function resetSyncStatus(): void {
  status = initial();
  for (const listener of listeners) listener();
}
