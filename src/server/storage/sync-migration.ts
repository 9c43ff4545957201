import type { Kysely, Migration } from 'kysely';

/**
 * Migration 0004: per-member visibility changes for incremental pull (DESIGN.md §4). A row is
 * (case, version, member, entity, row id): at that case version the row left the member's view
 * (deleted, hidden, narrowed) or changed in it without being written itself (a decision's reference
 * to an involvement the member can no longer see). Only members who could see the row before, or
 * can see it after, are ever addressed. Never edit once released: add the next migration.
 */
export const syncMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('visibility_changes')
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('row_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('visibility_changes_pk', [
        'case_id',
        'member_id',
        'version',
        'entity',
        'row_id',
      ])
      .execute();
  },
};
