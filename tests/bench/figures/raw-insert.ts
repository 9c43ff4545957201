import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BenchContext } from '../lib/context';
import { median, repeat } from '../lib/stats';
import { perspectiveAdd } from '../lib/sync-client';
import { PUSH_BATCH } from './server-load';

/**
 * Figure 5, the limit: the same rows a push writes (perspectives as JSON), inserted with raw
 * better-sqlite3 into a table shaped like ours, one transaction per batch, with the app's pragmas
 * (WAL, synchronous FULL). Rows per second, median of the runs.
 */
export async function measureRawInserts(
  ctx: BenchContext,
  rows = ctx.quick ? 500 : 3_000,
): Promise<number[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gezien-bench-raw-'));
  try {
    return await repeat(ctx.runs, async (run) => {
      const db = new Database(path.join(dir, `raw-${run}.db`));
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec(
        'create table perspectives (id text primary key, case_id text not null, version integer not null, ' +
          'deleted integer not null default 0, data text not null)',
      );
      db.exec('create index perspectives_case_version on perspectives (case_id, version)');
      const insert = db.prepare('insert into perspectives (id, case_id, version, data) values (?, ?, ?, ?)');
      const caseId = '9e21e000-0001-4000-8000-000000000001';
      const values = Array.from(
        { length: rows },
        (_, i) => perspectiveAdd(i + 1, caseId).args as { id: string },
      );
      const writeBatch = db.transaction((batch: { id: string }[], version: number) => {
        for (const value of batch) insert.run(value.id, caseId, version, JSON.stringify(value));
      });
      const start = performance.now();
      for (let i = 0; i < rows; i += PUSH_BATCH) writeBatch(values.slice(i, i + PUSH_BATCH), i + 1);
      const seconds = (performance.now() - start) / 1000;
      db.close();
      return rows / seconds;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const rawInsertsPerSecond = (runs: number[]) => median(runs);
