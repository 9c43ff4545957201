import type { Kysely, Migration } from 'kysely';

/**
 * Migration 0005: a professional's organisation lives on their login (set by `npm run admin`), so
 * the access log and the case team never take it from case data. Never edit once released.
 */
export const organisationMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('users').addColumn('organisation', 'text').execute();
  },
};
