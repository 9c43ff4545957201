// Whether the app is locked right now, for the screens (useSyncExternalStore) and the idle timer.
// 'off': no lock set; 'locked': the key is not in memory; 'open': unlocked. 'unknown' until the
// vault was read at start.
export type LockStatus = 'unknown' | 'off' | 'locked' | 'open';

let status: LockStatus = 'unknown';
const listeners = new Set<() => void>();

export const getLockStatus = (): LockStatus => status;

export function setLockStatus(next: LockStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

export function subscribeLockStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
