import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../setup/test-server';
import { connectClient, openPokes, perspectiveArgs, type SyncClient } from '../sync-helpers';
import { awayFromWindowEdge, expectRefused, fairUseEnv } from './fair-use-helpers';

// Issue 13 row 2: fair-use limits per account, answered 429 with Retry-After, one account never
// holding up another. The same limits across two processes: tests/integration-pg.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(fairUseEnv);
});
afterAll(async () => {
  await server?.close();
});

const connect = (username: string) => connectClient(server.baseUrl, username);
const pullOnce = (client: SyncClient) =>
  client.api.post('/api/sync/pull', { protocolVersion: 1, clientId: client.clientId, cursor: null });

describe(`fair use per account on ${process.env.GEZIEN_TEST_DB ?? 'sqlite'}`, () => {
  it('pulls over the limit get 429 with Retry-After, while another account still pulls', async () => {
    await awayFromWindowEdge();
    const naima = await connect('naima');
    for (let n = 0; n < 4; n++) expect((await pullOnce(naima)).status).toBe(200);
    expectRefused(await pullOnce(naima));
    const daan = await connect('daan');
    expect((await pullOnce(daan)).status).toBe(200);
  });

  it('a push with more mutations than allowed is refused whole, and the client can send them in smaller pushes', async () => {
    await awayFromWindowEdge();
    const sam = await connect('sam');
    const five = Array.from({ length: 5 }, (_, n) => ({
      id: n + 1,
      name: 'perspective.add',
      args: perspectiveArgs(),
    }));
    expectRefused(await sam.push(five));
    expect(await server.storage.findClient(sam.clientId)).toBeUndefined();
    const first = await sam.push(five.slice(0, 4));
    expect(first.status, first.text).toBe(200);
    expect(first.body).toEqual({ lastMutationId: 4 });
  });

  it('mutations over the limit per window are refused, nothing of them is applied, and the outbox can wait', async () => {
    await awayFromWindowEdge();
    const pro = await connect('jeugdbeschermer');
    const batch = (from: number, count: number) =>
      Array.from({ length: count }, (_, n) => ({
        id: from + n,
        name: 'perspective.add',
        args: perspectiveArgs(),
      }));
    expect((await pro.push(batch(1, 4))).status).toBe(200);
    const refused = batch(5, 3);
    expectRefused(await pro.push(refused));
    expect((await server.storage.findClient(pro.clientId))?.lastMutationId).toBe(4);
    for (const m of refused) expect(await server.storage.findRow('perspective', m.args.id)).toBeUndefined();
  });

  it('poke streams are limited per session and per account', async () => {
    const daan = await connect('daan');
    const streams = [await openPokes(server.baseUrl, daan), await openPokes(server.baseUrl, daan)];
    expect(streams.map((s) => s.response.status)).toEqual([200, 200]);
    const third = await openPokes(server.baseUrl, daan);
    expect(third.response.status).toBe(429);
    expect(Number(third.response.headers.get('retry-after'))).toBeGreaterThan(0);
    const otherLogin = await connect('daan');
    const fromOther = await openPokes(server.baseUrl, otherLogin);
    expect(fromOther.response.status).toBe(200);
    const overAccount = await openPokes(server.baseUrl, await connect('daan'));
    expect(overAccount.response.status).toBe(429);
    await streams[0]!.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await openPokes(server.baseUrl, daan);
    expect(again.response.status).toBe(200);
    for (const stream of [streams[1]!, third, fromOther, overAccount, again]) await stream.close();
  });
});
