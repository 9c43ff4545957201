import { randomUUID } from 'node:crypto';
import type { Storage } from '../storage/storage';

/**
 * Where fair-use counts live. On PostgreSQL in the database, so every API process behind a load
 * balancer counts the same requests; on SQLite (one process by design) in memory, so a pull does
 * not cost a synced write. A stream registration expires unless its process renews it, so the
 * streams of a crashed process stop counting after STREAM_TTL_MS.
 */
export const STREAM_TTL_MS = 90_000;

export interface FairUseStore {
  /** Adds `by` to the bucket in window number `window`; the new count. */
  count(bucket: string, window: number, by: number): Promise<number>;
  /** Registers a stream unless the user or the session is at its limit; its id, or undefined. */
  openStream(
    userId: string,
    sessionHash: string,
    limits: { user: number; session: number },
  ): Promise<string | undefined>;
  closeStream(id: string): Promise<void>;
  /** Keeps this process's open streams registered. */
  renew(ids: readonly string[]): Promise<void>;
}

export function memoryStore(): FairUseStore {
  const counts = new Map<string, { window: number; count: number }>();
  const streams = new Map<string, { userId: string; sessionHash: string }>();
  return {
    async count(bucket, window, by) {
      const current = counts.get(bucket);
      const next = current && current.window === window ? current.count + by : by;
      counts.set(bucket, { window, count: next });
      if (counts.size > 10_000) {
        for (const [key, value] of counts) if (value.window < window) counts.delete(key);
      }
      return next;
    },
    async openStream(userId, sessionHash, limits) {
      const mine = [...streams.values()].filter((s) => s.userId === userId);
      if (mine.length >= limits.user) return undefined;
      if (mine.filter((s) => s.sessionHash === sessionHash).length >= limits.session) return undefined;
      const id = randomUUID();
      streams.set(id, { userId, sessionHash });
      return id;
    },
    async closeStream(id) {
      streams.delete(id);
    },
    async renew() {},
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

export function databaseStore(storage: Storage, now: () => number = Date.now): FairUseStore {
  return {
    count: (bucket, window, by) => storage.countFairUse(bucket, window, by),
    async openStream(userId, sessionHash, limits) {
      const open = await storage.countStreams(userId, sessionHash, iso(now()));
      if (open.user >= limits.user || open.session >= limits.session) return undefined;
      const id = randomUUID();
      await storage.openStream({ id, userId, sessionHash, expiresAt: iso(now() + STREAM_TTL_MS) });
      return id;
    },
    closeStream: (id) => storage.closeStream(id),
    renew: (ids) => storage.renewStreams(ids, iso(now() + STREAM_TTL_MS)),
  };
}
