import { sql, type Kysely, type Migration } from 'kysely';
import { entityTables } from './database-schema';
import { referencesOf } from './row-references';

/**
 * Migration 0010 (decision 010, sync at the cost of the change):
 * - `row_refs`: for every live row, the rows it refers to (row-references.ts), so a write finds the
 *   rows whose visibility depends on it by index;
 * - `mutation_hashes`: the hash of each applied mutation's body, so a reused mutation id with
 *   another body is refused (SECURITY.md R1);
 * - `fair_use`: request counters per account and minute, shared by every API process;
 * - `open_streams`: the poke streams open per account and session, across processes;
 * - tombstones keep no text: rows already deleted keep only their id and case (issue 13 row 8).
 * Never edit once released: add the next migration.
 */
type AnyDb = Kysely<unknown>;
type Db = Kysely<Record<string, Record<string, unknown>>>;

async function backfillReferences(db: Db): Promise<void> {
  for (const [entity, table] of Object.entries(entityTables)) {
    const rows = await db
      .selectFrom(table)
      .select(['id', 'case_id', 'data'])
      .where('deleted', '=', 0)
      .execute();
    const refs = rows.flatMap((row) =>
      referencesOf(entity as 'reply', JSON.parse(row.data as string)).map((ref) => ({
        case_id: row.case_id,
        ref_id: ref.id,
        entity,
        field: ref.field,
        row_id: row.id,
      })),
    );
    for (let at = 0; at < refs.length; at += 200) {
      await db
        .insertInto('row_refs')
        .values(refs.slice(at, at + 200))
        .execute();
    }
  }
}

export const syncCostMigration: Migration = {
  async up(anyDb: AnyDb) {
    const db = anyDb as unknown as Db;
    await db.schema
      .createTable('row_refs')
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('ref_id', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('row_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('row_refs_pk', ['case_id', 'ref_id', 'entity', 'field', 'row_id'])
      .execute();
    await db.schema.createIndex('row_refs_row').on('row_refs').columns(['row_id']).execute();
    await backfillReferences(db);
    // A first pull pages through a case in id order.
    for (const table of Object.values(entityTables)) {
      await db.schema.createIndex(`${table}_case_id`).on(table).columns(['case_id', 'id']).execute();
    }
    await db.schema
      .createTable('mutation_hashes')
      .addColumn('client_id', 'text', (c) => c.notNull().references('clients.client_id').onDelete('cascade'))
      .addColumn('mutation_id', 'integer', (c) => c.notNull())
      .addColumn('body_hash', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('mutation_hashes_pk', ['client_id', 'mutation_id'])
      .execute();
    await db.schema
      .createTable('fair_use')
      .addColumn('bucket', 'text', (c) => c.notNull())
      .addColumn('window_index', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('fair_use_pk', ['bucket', 'window_index'])
      .execute();
    await db.schema
      .createTable('open_streams')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('session_hash', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('open_streams_user').on('open_streams').columns(['user_id']).execute();
    for (const table of Object.values(entityTables)) {
      await sql`update ${sql.table(table)} set data = '{"id":"' || id || '","caseId":"' || case_id || '"}'
        where deleted = 1`.execute(db);
    }
  },
};
