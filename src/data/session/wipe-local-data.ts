// Logout and a change of user leave nothing behind on the device (SECURITY.md D2): the IndexedDB
// database, every Cache Storage entry (the service worker precache included) and in-memory state.
// Works offline: none of this needs the server.
import { deleteLocalDatabase } from '../db/gezien-db';

const memoryWipers = new Set<() => void>();

/** Lets a module with in-memory copies of case data forget them at logout. */
export function onLocalWipe(wipe: () => void): () => void {
  memoryWipers.add(wipe);
  return () => memoryWipers.delete(wipe);
}

async function deleteAllCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const keys = await caches.keys();
  await Promise.all(keys.map((key) => caches.delete(key)));
}

export async function wipeLocalData(): Promise<void> {
  for (const wipe of memoryWipers) wipe();
  await Promise.all([deleteLocalDatabase(), deleteAllCaches().catch(() => undefined)]);
}
