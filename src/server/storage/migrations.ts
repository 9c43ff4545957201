import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { authMigration } from './auth-migration';
import { accessLogMigration } from './audit-migration';
import { entityTables, type Database } from './database-schema';
import { syncMigration } from './sync-migration';
import { loginMigration } from './login-migration';
import { organisationMigration } from './organisation-migration';
import { pushMigration } from './push-migration';
import { syncCostMigration } from './sync-cost-migration';

/**
 * Schema migrations, written in code so one provider serves SQLite and PostgreSQL. They run at every
 * start (Kysely's Migrator locks, so several processes on one PostgreSQL database are safe).
 * Never edit a released migration: add the next one.
 */
// Migrations see the database as it was then, not as Database types it now.
type AnyDb = Kysely<unknown>;

const initial: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    await db.schema
      .createTable('cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('row_version', 'integer', (c) => c.notNull())
      .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    for (const table of Object.values(entityTables)) {
      let create = db.schema
        .createTable(table)
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('data', 'text', (c) => c.notNull());
      if (table === 'members') create = create.addColumn('user_id', 'text', (c) => c.references('users.id'));
      await create.execute();
      await db.schema
        .createIndex(`${table}_case_version`)
        .on(table)
        .columns(['case_id', 'version'])
        .execute();
    }
    await db.schema.createIndex('members_user').on('members').column('user_id').execute();
    await db.schema
      .createTable('clients')
      .addColumn('client_id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('last_mutation_id', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('rejections')
      .addColumn('client_id', 'text', (c) => c.notNull().references('clients.client_id').onDelete('cascade'))
      .addColumn('mutation_id', 'integer', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('rejections_pk', ['client_id', 'mutation_id'])
      .execute();
    await db.schema
      .createTable('server_secrets')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
};

const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-auth': authMigration,
  '0003-access-log': accessLogMigration,
  '0004-sync': syncMigration,
  '0005-organisation': organisationMigration,
  '0009-push-subscriptions': pushMigration,
  '0010-sync-cost': syncCostMigration,
  '0012-failed-logins': loginMigration,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema to the latest migration; throws the first failure. */
export async function migrateToLatest(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  // Kysely looks for its bookkeeping tables in every PostgreSQL schema unless told which one: name
  // ours, or a second Gezien schema in the same database would be taken as already migrated.
  const migrationTableSchema =
    dialect === 'postgres'
      ? (await sql<{ name: string }>`select current_schema() as name`.execute(db)).rows[0]?.name
      : undefined;
  const { error } = await new Migrator({ db, provider, migrationTableSchema }).migrateToLatest();
  if (error) throw error;
}
