import type { Kysely, Migration } from 'kysely';

/**
 * Migration 0009: Web Push subscriptions (SECURITY.md G3). One row per browser subscription, tied
 * to the session that made it: when the session ends (logout, expiry), nothing is sent to it any
 * more and the row is removed at the next send. Only language and neutral-name choice are kept
 * besides the push keys. Never edit once released: add the next migration.
 */
export const pushMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('push_subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('session_hash', 'text', (c) => c.notNull())
      .addColumn('endpoint', 'text', (c) => c.notNull())
      .addColumn('p256dh', 'text', (c) => c.notNull())
      .addColumn('auth', 'text', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('neutral', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_sent_at', 'text')
      .execute();
    await db.schema
      .createIndex('push_subscriptions_user')
      .on('push_subscriptions')
      .column('user_id')
      .execute();
  },
};
