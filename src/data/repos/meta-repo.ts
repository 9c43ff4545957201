import { db, type MetaKey, type MetaValues } from '../db/gezien-db';

export async function getMeta<K extends MetaKey>(key: K): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value });
}

/** The id this device syncs under; created once, in a transaction so two tabs agree on it. */
export async function getOrCreateClientId(): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await getMeta('clientId');
    if (existing) return existing;
    const clientId = crypto.randomUUID();
    await setMeta('clientId', clientId);
    return clientId;
  });
}

export async function getLastSyncedAt(): Promise<string | null> {
  return (await getMeta('lastSyncedAt')) ?? null;
}

export async function isSessionExpired(): Promise<boolean> {
  return (await getMeta('sessionExpired')) ?? false;
}
