import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type KyselyPlugin } from 'kysely';
import pg from 'pg';
import type { Database as Schema } from '../../../src/server/storage/database-schema';
import { createKyselyStorage } from '../../../src/server/storage/kysely-storage';
import type { Storage } from '../../../src/server/storage/storage';
import type { TestDatabase } from '../../setup/test-db';

/**
 * Storage on a real test database (SQLite, or PostgreSQL under the pg project) whose every query
 * result is counted: `rows` is the number of rows the server has read back since the last reset.
 * A deterministic measure of cost, unlike a timer (decision 010).
 */
export interface CountingStorage {
  storage: Storage;
  rows: () => number;
  reset: () => void;
}

export async function openCountingStorage(db: TestDatabase): Promise<CountingStorage> {
  let rows = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      rows += args.result.rows.length;
      return args.result;
    },
  };
  const dialect =
    db.kind === 'sqlite'
      ? new SqliteDialect({ database: new Database(path.join(db.target.dataDir, 'counted.db')) })
      : new PostgresDialect({ pool: new pg.Pool({ connectionString: db.target.databaseUrl, max: 4 }) });
  const kysely = new Kysely<Schema>({ dialect, plugins: [counter] });
  const storage = createKyselyStorage(kysely, db.kind);
  await storage.migrate();
  return {
    storage,
    rows: () => rows,
    reset: () => {
      rows = 0;
    },
  };
}
