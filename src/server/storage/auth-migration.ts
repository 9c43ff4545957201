import type { Kysely, Migration } from 'kysely';

/**
 * Migration 0002: invitations, passkeys, single-use WebAuthn challenges and a device label per
 * session (SECURITY.md B1, B4, C3). Never edit once released: add the next migration.
 */
export const authMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('invitations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('wrong_codes', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('ticket_hash', 'text', (c) => c.unique())
      .addColumn('ticket_expires_at', 'text')
      .addColumn('used_at', 'text')
      .execute();
    await db.schema.createIndex('invitations_member').on('invitations').column('member_id').execute();
    await db.schema
      .createTable('passkeys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('counter', 'bigint', (c) => c.notNull())
      .addColumn('transports', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('passkeys_user').on('passkeys').column('user_id').execute();
    await db.schema
      .createTable('webauthn_challenges')
      .addColumn('challenge', 'text', (c) => c.primaryKey())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('subject', 'text')
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.alterTable('sessions').addColumn('device', 'text').execute();
  },
};
