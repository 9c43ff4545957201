import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/server/demo/seed-demo';
import { openStorage } from '../../src/server/storage/open-storage';
import {
  connectClient,
  openPokes,
  perspectiveArgs,
  statementValue,
  type SyncClient,
} from '../integration/sync-helpers';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { DEMO_PASSWORD } from '../setup/test-server';

// Two real API processes (`node --import tsx src/server/main.ts`) on one PostgreSQL database, as
// behind a load balancer. Only the pg project runs this folder (vitest.config.ts).
let db: TestDatabase;
const processes: ChildProcess[] = [];
let urlA: string;
let urlB: string;

function startProcess(): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: db.target.databaseUrl,
      GEZIEN_DATA_DIR: db.target.dataDir,
      GEZIEN_DIST_DIR: path.join(db.target.dataDir, 'no-dist'),
      GEZIEN_DEMO: '0',
      // Every test client shares 127.0.0.1: the per-address limits (issue 13 row 14) are tested on their own.
      GEZIEN_PULL_LIMIT_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  processes.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /running on http:\/\/[^:]+:(\d+)/.exec(output)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  const storage = await openStorage(db.target);
  await seedDemoIfEmpty(storage, DEMO_PASSWORD);
  await storage.close();
  [urlA, urlB] = await Promise.all([startProcess(), startProcess()]);
}, 120_000);

afterAll(async () => {
  await Promise.all(
    processes.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  await db?.drop();
});

describe('two API processes on one PostgreSQL database', () => {
  it('a write on process A pokes a client connected to process B', async () => {
    const pro = await connectClient(urlA, 'jeugdbeschermer');
    const daan = await connectClient(urlB, 'daan');
    const stream = await openPokes(urlB, daan);
    await pro.mutate('statement.put', { value: statementValue() });
    expect(await stream.waitForPokes(1)).toBeGreaterThanOrEqual(1);
    await stream.close();
  });

  it('concurrent writes through both processes: every client’s pulls end where a fresh full pull does', async () => {
    const plan: [string, string][] = [
      [urlA, 'naima'],
      [urlB, 'naima'],
      [urlA, 'daan'],
      [urlB, 'daan'],
      [urlA, 'jeugdbeschermer'],
      [urlB, 'jeugdbeschermer'],
    ];
    const clients: SyncClient[] = await Promise.all(plan.map(([url, user]) => connectClient(url, user)));
    await Promise.all(clients.map((c) => c.pull()));
    const written: string[] = [];
    let writing = true;
    const pulling = clients.map(async (client) => {
      while (writing) await client.pull();
    });
    await Promise.all(
      clients.map(async (client, i) => {
        const professional = plan[i]![1] === 'jeugdbeschermer';
        for (let n = 0; n < 10; n++) {
          const value = statementValue();
          const args = perspectiveArgs();
          written.push(professional ? value.id : args.id);
          const mutation = professional
            ? { name: 'statement.put', args: { value } }
            : { name: 'perspective.add', args };
          const response = await client.push([mutation]);
          expect(response.status, response.text).toBe(200);
        }
      }),
    );
    writing = false;
    await Promise.all(pulling);
    for (const [i, client] of clients.entries()) {
      await client.pull();
      // Compared with a full pull through the other process.
      const [url, user] = plan[i]!;
      const fresh = await connectClient(url === urlA ? urlB : urlA, user);
      await fresh.pull();
      expect(client.rows).toEqual(fresh.rows);
      for (const id of written) expect([...client.rows.keys()].some((key) => key.endsWith(id))).toBe(true);
    }
  });
});
