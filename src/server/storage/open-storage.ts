import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database as Schema } from './database-schema';
import { createPostgresFeed } from './case-change-feed';
import { createKyselyStorage } from './kysely-storage';
import type { Storage } from './storage';

/**
 * Opens the database the configuration names: PostgreSQL when a URL is given, else the embedded
 * SQLite file `<dataDir>/gezien.db`. Any failure becomes a StorageOpenError, whose message is one
 * line without secrets, so the process can exit with it instead of a stack trace.
 */
export class StorageOpenError extends Error {
  readonly code = 'db-open-failed';
}

export interface StorageTarget {
  dataDir: string;
  databaseUrl: string | undefined;
}

const knownReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  ETIMEDOUT: 'connection timed out',
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'not a directory',
  SQLITE_CANTOPEN: 'cannot open the file',
  '28P01': 'password authentication failed',
  '28000': 'not allowed to connect',
  '3D000': 'database does not exist',
};

const reasonOf = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return `${knownReasons[code] ?? 'error'} (${code})`;
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown') : 'unknown';
};

/**
 * Only the server's own user may read the database (issue 13 row 13): the folder is made 0700 and
 * the file 0600 before SQLite opens it; SQLite gives its -wal and -shm files the file's mode.
 */
function ownerOnly(dataDir: string, dbPath: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(dbPath, 'a', 0o600));
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(dbPath + suffix)) fs.chmodSync(dbPath + suffix, 0o600);
  }
}

function openSqlite(dataDir: string): Storage {
  const dbPath = path.join(dataDir, 'gezien.db');
  ownerOnly(dataDir, dbPath);
  const file = new Database(dbPath);
  // WAL lets readers run beside the writer; FULL syncs every commit, so an acknowledged write survives a crash.
  file.pragma('journal_mode = WAL');
  file.pragma('synchronous = FULL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  return createKyselyStorage(
    new Kysely<Schema>({ dialect: new SqliteDialect({ database: file }) }),
    'sqlite',
  );
}

function openPostgres(databaseUrl: string): Storage {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process; the next query reports the error.
  pool.on('error', () => {});
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return createKyselyStorage(db, 'postgres', false, createPostgresFeed(db, databaseUrl));
}

/** Opens storage, proves the connection works and migrates it to the latest schema. */
export async function openStorage(target: StorageTarget): Promise<Storage> {
  const where = target.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : path.join(target.dataDir, 'gezien.db');
  let storage: Storage | undefined;
  try {
    storage = target.databaseUrl ? openPostgres(target.databaseUrl) : openSqlite(target.dataDir);
    await storage.migrate();
    return storage;
  } catch (error) {
    await storage?.close().catch(() => {});
    throw new StorageOpenError(`cannot open the database at ${where}: ${reasonOf(error)}`);
  }
}
