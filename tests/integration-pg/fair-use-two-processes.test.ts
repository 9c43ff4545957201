import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/server/demo/seed-demo';
import { openStorage } from '../../src/server/storage/open-storage';
import { awayFromWindowEdge, expectRefused, fairUseEnv } from '../integration/fair-use/fair-use-helpers';
import { connectClient, openPokes, perspectiveArgs, type SyncClient } from '../integration/sync-helpers';
import { createTestDatabase, type TestDatabase } from '../setup/test-db';
import { DEMO_PASSWORD } from '../setup/test-server';
import { ApiProcesses } from './api-process';

// Issue 13 row 2: the fair-use limits hold for an account across two API processes on one
// PostgreSQL database, as behind a load balancer: they count in the database, not per process.
let db: TestDatabase;
let processes: ApiProcesses;
let urlA: string;
let urlB: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const storage = await openStorage(db.target);
  await seedDemoIfEmpty(storage, DEMO_PASSWORD);
  await storage.close();
  processes = new ApiProcesses(db);
  [urlA, urlB] = await Promise.all([processes.start(fairUseEnv), processes.start(fairUseEnv)]);
}, 120_000);

afterAll(async () => {
  await processes?.stopAll();
  await db?.drop();
});

const pull = (client: SyncClient) =>
  client.api.post('/api/sync/pull', { protocolVersion: 1, clientId: client.clientId, cursor: null });

describe('fair use across two API processes on one PostgreSQL database', () => {
  it('pulls count together: the fifth of the window is refused on either process', async () => {
    await awayFromWindowEdge();
    const onA = await connectClient(urlA, 'naima');
    const onB = await connectClient(urlB, 'naima');
    for (const client of [onA, onB, onA, onB]) expect((await pull(client)).status).toBe(200);
    expectRefused(await pull(onA));
    expectRefused(await pull(onB));
    expect((await pull(await connectClient(urlB, 'daan'))).status).toBe(200);
  });

  it('mutations count together: a push on B over what A already used is refused and applies nothing', async () => {
    await awayFromWindowEdge();
    const onA = await connectClient(urlA, 'jeugdbeschermer');
    const onB = await connectClient(urlB, 'jeugdbeschermer');
    const batch = (count: number) =>
      Array.from({ length: count }, (_, n) => ({
        id: n + 1,
        name: 'perspective.add',
        args: perspectiveArgs(),
      }));
    expect((await onA.push(batch(4))).status).toBe(200);
    const refused = batch(3);
    expectRefused(await onB.push(refused));
    const storage = await openStorage(db.target);
    for (const m of refused) expect(await storage.findRow('perspective', m.args.id)).toBeUndefined();
    await storage.close();
  });

  it('one session’s poke streams count together across processes', async () => {
    const sam = await connectClient(urlA, 'sam');
    const first = await openPokes(urlA, sam);
    const second = await openPokes(urlB, sam);
    expect([first.response.status, second.response.status]).toEqual([200, 200]);
    const third = await openPokes(urlB, sam);
    expect(third.response.status).toBe(429);
    for (const stream of [first, second, third]) await stream.close();
  });
});
