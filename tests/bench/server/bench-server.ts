/**
 * The real server for the bench, in its own process so the load generator and the browser do not
 * share its event loop. Started by spawn-bench-server.ts with its options in BENCH_SERVER_OPTIONS;
 * answers the parent over IPC: grow the case, add other families, report memory.
 */
import path from 'node:path';
import { buildApp } from '../../../src/server/app';
import { hashPassword } from '../../../src/server/auth/password';
import { loadConfig } from '../../../src/server/config';
import { seedDemoIfEmpty } from '../../../src/server/demo/seed-demo';
import { seedFamily } from '../../../src/server/demo/seed-family';
import { openStorage } from '../../../src/server/storage/open-storage';
import { createTestDatabase } from '../../setup/test-db';
import { BENCH_PASSWORD, bigFamily, growCase, otherFamily, rowCount } from './big-case';
import type { BenchServerOptions, ParentMessage } from './messages';

const FAIR_USE_LIFTED = Object.fromEntries(
  [
    'GEZIEN_PULL_LIMIT_PER_MINUTE',
    'GEZIEN_MUTATIONS_PER_MINUTE',
    'GEZIEN_PUSHES_PER_MINUTE',
    'GEZIEN_PULLS_PER_MINUTE',
  ].map((name) => [name, '10000000']),
);
const options = JSON.parse(process.env.BENCH_SERVER_OPTIONS ?? '{}') as BenchServerOptions;
const send = (message: unknown) => process.send?.(message);

const db = await createTestDatabase();
const config = loadConfig({
  NODE_ENV: 'test',
  PORT: String(options.port ?? 0),
  GEZIEN_DATA_DIR: db.target.dataDir,
  GEZIEN_DIST_DIR: options.distDir ?? path.join(db.target.dataDir, 'no-dist'),
  GEZIEN_LOGIN_LIMIT_PER_MINUTE: '100000',
  // The bench measures what the server can carry, from a few accounts on one address: the fair-use
  // limits per user and per address (which answer such load with 429 by design) are lifted.
  ...FAIR_USE_LIFTED,
  ...(db.target.databaseUrl ? { DATABASE_URL: db.target.databaseUrl } : {}),
});
const storage = await openStorage(config);
const passwordHash = await hashPassword(BENCH_PASSWORD);
if (options.demo) await seedDemoIfEmpty(storage, 'gezien-demo');
const family = bigFamily(options.caseRows ?? 100);
await seedFamily(storage, family, passwordHash);
let rows = rowCount(family);
let otherCases = 0;

async function addCases(count: number) {
  while (otherCases < count) {
    const batch = Math.min(500, count - otherCases);
    await storage.transaction(async (tx) => {
      for (let i = 0; i < batch; i += 1) await seedFamily(tx, otherFamily(otherCases + i), passwordHash);
    });
    otherCases += batch;
  }
}
await addCases(options.otherCases ?? 0);

const app = await buildApp({ config, storage });
await app.listen({ host: '127.0.0.1', port: config.port });
const { port } = app.server.address() as { port: number };

async function handle(message: ParentMessage) {
  if (message.type === 'grow-case') {
    await growCase(storage, family, rows, message.rows);
    rows = Math.max(rows, message.rows);
  } else if (message.type === 'add-cases') {
    await addCases(message.count);
  } else if (message.type === 'stop') {
    await app.close();
    await storage.close();
    await db.drop();
    send({ type: 'done', id: message.id });
    process.exit(0);
  }
  global.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  send({ type: 'done', id: message.id, rows, otherCases, rss, heapUsed });
}

process.on('message', (message: ParentMessage) => {
  handle(message).catch((error: unknown) => send({ type: 'error', id: message.id, message: String(error) }));
});
send({
  type: 'ready',
  port,
  kind: db.kind,
  caseId: family.case.id,
  memberIds: family.users.map((user) => user.memberId),
  usernames: family.users.map((user) => user.username),
  rows,
});
