import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { StorageTarget } from '../../src/server/storage/open-storage';

/**
 * A fresh, empty database for one test file: a temp folder for SQLite, or (GEZIEN_TEST_DB=postgres)
 * a schema with a random name on the test server, selected through the connection's search_path.
 * `drop()` removes it again.
 */
export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  target: StorageTarget;
  drop(): Promise<void>;
}

export const testDbKind = (): 'sqlite' | 'postgres' =>
  process.env.GEZIEN_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

const pgBaseUrl = () =>
  process.env.GEZIEN_TEST_PG_URL ?? 'postgres://gezien:gezien@127.0.0.1:5432/gezien_test';

async function withPgClient(run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: pgBaseUrl() });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gezien-test-'));
  const dropDir = () => fs.rm(dataDir, { recursive: true, force: true });
  if (testDbKind() === 'sqlite') {
    return { kind: 'sqlite', target: { dataDir, databaseUrl: undefined }, drop: dropDir };
  }
  const schema = `test_${randomBytes(8).toString('hex')}`;
  await withPgClient((client) => client.query(`create schema ${schema}`));
  const url = new URL(pgBaseUrl());
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    kind: 'postgres',
    target: { dataDir, databaseUrl: url.toString() },
    async drop() {
      await withPgClient((client) => client.query(`drop schema if exists ${schema} cascade`));
      await dropDir();
    },
  };
}
