import { SqliteAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Migration 0003: the access log (SECURITY.md E1, E2). Append-only by construction: triggers refuse
 * every UPDATE and DELETE (and TRUNCATE on PostgreSQL), so even a bug or a stolen application
 * login cannot rewrite history; each row carries the hash chain checked by verifyAuditChain().
 * Never edit once released: add the next migration.
 */
export const accessLogMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('access_log')
      // Assigned by the appender (last + 1 under a lock), so the chain order is the key order.
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'text', (c) => c.notNull())
      .addColumn('on_behalf_of', 'text', (c) => c.notNull())
      .addColumn('actor_role', 'text', (c) => c.notNull())
      .addColumn('actor_organisation', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text')
      .addColumn('data_entity', 'text', (c) => c.notNull())
      .addColumn('data_ids', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('basis', 'text', (c) => c.notNull())
      .addColumn('client', 'text', (c) => c.notNull())
      .addColumn('break_glass', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('access_log_case').on('access_log').columns(['case_id', 'seq']).execute();
    await db.schema
      .createIndex('access_log_actor')
      .on('access_log')
      .columns(['actor_user_id', 'seq'])
      .execute();
    if (db.getExecutor().adapter instanceof SqliteAdapter) {
      await sql`create trigger access_log_no_update before update on access_log
        begin select raise(abort, 'access_log is append-only'); end`.execute(db);
      await sql`create trigger access_log_no_delete before delete on access_log
        begin select raise(abort, 'access_log is append-only'); end`.execute(db);
      return;
    }
    await sql`create function access_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'access_log is append-only'; end $$`.execute(db);
    await sql`create trigger access_log_no_change before update or delete on access_log
      for each row execute function access_log_append_only()`.execute(db);
    await sql`create trigger access_log_no_truncate before truncate on access_log
      for each statement execute function access_log_append_only()`.execute(db);
  },
};
