import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../src/server/demo/demo-family';
import { startTestServer, type TestServer } from '../setup/test-server';
import { connectClient, type SyncClient } from './sync-helpers';

// "What must change for this measure to end": a field on the decision that the professional fills and
// the family receives, over real HTTP on SQLite (the pg project runs the same file on PostgreSQL).
let server: TestServer;
let pro: SyncClient;
beforeAll(async () => {
  server = await startTestServer();
  pro = await connectClient(server.baseUrl, 'jeugdbeschermer');
});
afterAll(() => server?.close());

const storedOts = async () => {
  const { history: _history, ...value } = (await server.storage.findRow('decision', demoIds.decisions.ots))!
    .value as Record<string, unknown>;
  return value;
};
const rejectionsOf = async (client: SyncClient) =>
  (
    (await client.api.post('/api/sync/pull', { protocolVersion: 1, clientId: client.clientId, cursor: null }))
      .body as { rejections: { code: string }[] }
  ).rejections;

describe('what must change for the OTS to end', () => {
  it('is written by the professional and reaches the family with the decision', async () => {
    const naima = await connectClient(server.baseUrl, 'naima');
    await naima.pull();
    const toEnd = [
      { concern: 'Veel ruzie bij het wisselen.', goal: 'Wisselen zonder ruzie, een half jaar lang.' },
    ];
    await pro.mutate('decision.put', { value: { ...(await storedOts()), toEnd } });

    const changes = await naima.pull();
    expect(changes).toEqual([
      expect.objectContaining({ op: 'put', entity: 'decision', value: expect.objectContaining({ toEnd }) }),
    ]);
    expect(await rejectionsOf(pro)).toEqual([]);
  });

  it('refuses a goal without words, and keeps what was there', async () => {
    const before = await storedOts();
    await pro.mutate('decision.put', { value: { ...before, toEnd: [{ concern: ' ', goal: '' }] } });
    expect((await rejectionsOf(pro)).map((r) => r.code)).toContain('bad-request');
    expect((await storedOts()).toEnd).toEqual(before.toEnd);
  });
});
