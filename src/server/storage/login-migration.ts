import type { Kysely, Migration } from 'kysely';

/**
 * Migration 0012: failed password logins since the last login, so the owner is told how many there
 * were (issue 13 row 7), whichever process counted them. Never edit once released.
 */
export const loginMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('users')
      .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
