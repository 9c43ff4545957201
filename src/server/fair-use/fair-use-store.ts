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
  /** Adds `by` to the bucket in the window starting at `windowStart`; the new count. */
  count(bucket: string, windowStart: number, by: number): Promise<number>;
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
  const counts = new Map<string, { windowStart: number; count: number }>();
  const streams = new Map<string, { userId: string; sessionHash: string }>();
  return {
    async count(bucket, windowStart, by) {
      const current = counts.get(bucket);
      const next = current && current.windowStart === windowStart ? current.count + by : by;
      counts.set(bucket, { windowStart, count: next });
      if (counts.size > 10_000) {
        for (const [key, value] of counts) if (value.windowStart < windowStart) counts.delete(key);
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

export function databaseStore(storage: Storage, now: () => number = Date.now): FairUseStore {
  return {
    count: (bucket, windowStart, by) => storage.countFairUse(bucket, windowStart, by),
    async openStream(userId, sessionHash, limits) {
      const open = await storage.countStreams(userId, sessionHash, now());
      if (open.user >= limits.user || open.session >= limits.session) return undefined;
      const id = randomUUID();
      await storage.openStream({ id, userId, sessionHash, expiresAt: now() + STREAM_TTL_MS });
      return id;
    },
    closeStream: (id) => storage.closeStream(id),
    renew: (ids) => storage.renewStreams(ids, now() + STREAM_TTL_MS),
  };
}
