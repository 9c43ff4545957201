import type { Kysely } from 'kysely';
import type { Database } from './database-schema';

/**
 * Fair-use counters shared by every API process on one database (migration 0010): requests per
 * account and minute window, and the poke streams each account and session holds open. A stream
 * row lives until its process closes it or, after a crash, until `expires_at` (processes renew it).
 */
export interface FairUseStorage {
  /** Adds `by` to the bucket's count in window number `window` and returns the new count. */
  countFairUse(bucket: string, window: number, by: number): Promise<number>;
  /** Times are ISO 8601 UTC text, as everywhere in the schema. */
  openStream(stream: { id: string; userId: string; sessionHash: string; expiresAt: string }): Promise<void>;
  closeStream(id: string): Promise<void>;
  renewStreams(ids: readonly string[], expiresAt: string): Promise<void>;
  /** Open, unexpired streams of the user, and of the session among them. */
  countStreams(userId: string, sessionHash: string, now: string): Promise<{ user: number; session: number }>;
}

interface FairUseTables {
  fair_use: { bucket: string; window_index: number; count: number };
  open_streams: { id: string; user_id: string; session_hash: string; expires_at: string };
}

export const fairUseQueries = (database: Kysely<Database>): FairUseStorage => {
  const db = database as unknown as Kysely<FairUseTables>;
  return {
    async countFairUse(bucket, window, by) {
      const row = await db
        .insertInto('fair_use')
        .values({ bucket, window_index: window, count: by })
        .onConflict((oc) =>
          oc.columns(['bucket', 'window_index']).doUpdateSet((eb) => ({
            count: eb('fair_use.count', '+', eb.ref('excluded.count')),
          })),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      await db
        .deleteFrom('fair_use')
        .where('bucket', '=', bucket)
        .where('window_index', '<', window)
        .execute();
      return row.count;
    },

    async openStream(s) {
      await db
        .insertInto('open_streams')
        .values({ id: s.id, user_id: s.userId, session_hash: s.sessionHash, expires_at: s.expiresAt })
        .execute();
    },

    async closeStream(id) {
      await db.deleteFrom('open_streams').where('id', '=', id).execute();
    },

    async renewStreams(ids, expiresAt) {
      if (ids.length === 0) return;
      await db.updateTable('open_streams').set({ expires_at: expiresAt }).where('id', 'in', ids).execute();
    },

    async countStreams(userId, sessionHash, now) {
      await db
        .deleteFrom('open_streams')
        .where('user_id', '=', userId)
        .where('expires_at', '<', now)
        .execute();
      const rows = await db
        .selectFrom('open_streams')
        .select('session_hash')
        .where('user_id', '=', userId)
        .execute();
      return { user: rows.length, session: rows.filter((r) => r.session_hash === sessionHash).length };
    },
  };
};
