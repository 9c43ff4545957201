import { useSyncExternalStore } from 'react';

type ApplyUpdate = () => void;

let pending: ApplyUpdate | null = null;
const listeners = new Set<() => void>();

/** Called by the service worker registration when a new version waits to take over. */
export function announceUpdate(apply: ApplyUpdate): void {
  pending = apply;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const usePendingUpdate = (): ApplyUpdate | null =>
  useSyncExternalStore(
    subscribe,
    () => pending,
    () => null,
  );
