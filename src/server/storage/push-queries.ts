import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuthDatabase } from './auth-tables';
import type { Database } from './database-schema';

export interface PushSubscriptionRecord {
  userId: string;
  sessionHash: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  lang: 'nl' | 'en';
  neutral: boolean;
  createdAt: string;
}

export interface PushTarget extends PushSubscriptionRecord {
  id: string;
}

interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  session_hash: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  lang: string;
  neutral: number;
  created_at: string;
  last_sent_at: string | null;
}

type PushDatabase = AuthDatabase & { push_subscriptions: PushSubscriptionsTable };

export interface PushStorage {
  /** Saves (or moves to this user and session) the subscription of one browser. */
  savePushSubscription(subscription: PushSubscriptionRecord): Promise<void>;
  deletePushSubscription(userId: string, endpoint: string): Promise<void>;
  deletePushSubscriptionById(id: string): Promise<void>;
  /** Subscriptions of these users whose session is still live; those of ended sessions are removed. */
  listPushTargets(userIds: readonly string[], now: string): Promise<PushTarget[]>;
  /**
   * Claims one send to a subscription, at most one per `quietSince`: true for exactly one caller,
   * also across server processes on one PostgreSQL database (a conditional update).
   */
  claimPushSend(id: string, now: string, quietSince: string): Promise<boolean>;
}

export const pushSubscriptionId = (endpoint: string) =>
  createHash('sha256').update(endpoint).digest('base64url');

export const pushQueries = (database: Kysely<Database>): PushStorage => {
  const db = database as unknown as Kysely<PushDatabase>;
  return {
    async savePushSubscription(s) {
      const values = {
        id: pushSubscriptionId(s.endpoint),
        user_id: s.userId,
        session_hash: s.sessionHash,
        endpoint: s.endpoint,
        p256dh: s.p256dh,
        auth: s.auth,
        lang: s.lang,
        neutral: s.neutral ? 1 : 0,
        created_at: s.createdAt,
        last_sent_at: null,
      };
      await db
        .insertInto('push_subscriptions')
        .values(values)
        .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, id: undefined }))
        .execute();
    },

    async deletePushSubscription(userId, endpoint) {
      await db
        .deleteFrom('push_subscriptions')
        .where('id', '=', pushSubscriptionId(endpoint))
        .where('user_id', '=', userId)
        .execute();
    },

    async deletePushSubscriptionById(id) {
      await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
    },

    async listPushTargets(userIds, now) {
      if (userIds.length === 0) return [];
      const rows = await db
        .selectFrom('push_subscriptions')
        .leftJoin('sessions', 'sessions.id_hash', 'push_subscriptions.session_hash')
        .selectAll('push_subscriptions')
        .select('sessions.expires_at')
        .where('push_subscriptions.user_id', 'in', [...userIds])
        .execute();
      const live = rows.filter((row) => row.expires_at !== null && row.expires_at > now);
      const dead = rows.filter((row) => !live.includes(row)).map((row) => row.id);
      if (dead.length > 0) await db.deleteFrom('push_subscriptions').where('id', 'in', dead).execute();
      return live.map((row) => ({
        id: row.id,
        userId: row.user_id,
        sessionHash: row.session_hash,
        endpoint: row.endpoint,
        p256dh: row.p256dh,
        auth: row.auth,
        lang: row.lang === 'en' ? 'en' : 'nl',
        neutral: row.neutral === 1,
        createdAt: row.created_at,
      }));
    },

    async claimPushSend(id, now, quietSince) {
      const result = await db
        .updateTable('push_subscriptions')
        .set({ last_sent_at: now })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('last_sent_at', 'is', null), eb('last_sent_at', '<', quietSince)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
};
