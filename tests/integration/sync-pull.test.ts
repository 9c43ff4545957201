import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../src/server/demo/demo-family';
import type { Change } from '../../src/shared/sync/protocol';
import { startTestServer, type TestServer } from '../setup/test-server';
import { connectClient, idsOf, statementValue, type SyncClient } from './sync-helpers';

// Incremental pull over real HTTP: only what changed, and never anything of a row the viewer may
// not see (DESIGN.md §4, SECURITY.md A2, A4). SQLite here, PostgreSQL under the pg project.
let server: TestServer;
let pro: SyncClient;
beforeAll(async () => {
  server = await startTestServer();
  pro = await connectClient(server.baseUrl, 'jeugdbeschermer');
});
afterAll(() => server?.close());

const connect = async (username: string) => {
  const client = await connectClient(server.baseUrl, username);
  await client.pull();
  return client;
};
const stored = async (entity: 'statement' | 'decision', id: string) => {
  const { history: _history, ...value } = (await server.storage.findRow(entity, id))!.value as Record<
    string,
    unknown
  >;
  return value;
};
const rejectionsOf = async (client: SyncClient) =>
  (
    (await client.api.post('/api/sync/pull', { protocolVersion: 1, clientId: client.clientId, cursor: null }))
      .body as { rejections: unknown[] }
  ).rejections;

describe('incremental pull', () => {
  it('after a write, only the changed row comes, and then nothing', async () => {
    const naima = await connect('naima');
    const before = await stored('statement', demoIds.statements.schoolAbsence);
    await pro.mutate('statement.put', { value: { ...before, lastCheckedOn: '2025-04-01' } });
    const changes = await naima.pull();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      op: 'put',
      entity: 'statement',
      value: { id: demoIds.statements.schoolAbsence, lastCheckedOn: '2025-04-01' },
    });
    expect(await naima.pull()).toEqual([]);
    expect(await rejectionsOf(pro)).toEqual([]);
  });

  it('a client’s own mutations are counted in lastMutationId with their effect in the same pull', async () => {
    const naima = await connect('naima');
    const id = randomUUID();
    await naima.mutate('perspective.add', {
      id,
      caseId: demoIds.case,
      subject: { type: 'case', id: demoIds.case },
      stance: 'story',
      text: 'Ons verhaal',
      audience: 'everyone',
    });
    const response = await naima.api.post('/api/sync/pull', {
      protocolVersion: 1,
      clientId: naima.clientId,
      cursor: naima.cursor,
    });
    const body = response.body as { lastMutationId: number; changes: Change[] };
    expect(body.lastMutationId).toBe(1);
    expect(idsOf(body.changes)).toEqual([id]);
  });
});

describe('narrowing what someone may see', () => {
  it('hiding a statement from Daan sends Daan a delete, and Naima only the changed row', async () => {
    const [naima, daan] = [await connect('naima'), await connect('daan')];
    const statement = await stored('statement', demoIds.statements.tiredOnMonday);
    await pro.mutate('statement.put', { value: { ...statement, hiddenFrom: [demoIds.members.daan] } });
    expect(await daan.pull()).toEqual([
      { op: 'delete', entity: 'statement', id: demoIds.statements.tiredOnMonday },
    ]);
    const forNaima = await naima.pull();
    expect(forNaima).toHaveLength(1);
    expect(forNaima[0]).toMatchObject({ op: 'put', entity: 'statement' });
    expect(JSON.stringify(forNaima)).not.toContain(demoIds.members.daan);

    await pro.mutate('statement.put', { value: { ...statement, hiddenFrom: [] } });
    const back = await daan.pull();
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({
      op: 'put',
      entity: 'statement',
      value: { id: demoIds.statements.tiredOnMonday },
    });
  });

  it('a row hidden from Naima from the start never reaches her, not even its id, while it changes and goes', async () => {
    const [naima, daan] = [await connect('naima'), await connect('daan')];
    const hidden = { hiddenFrom: [demoIds.members.naima] };
    const decisionId = randomUUID();
    const decision = {
      ...(await stored('decision', demoIds.decisions.ots)),
      id: decisionId,
      title: 'Hidden from Naima',
      ...hidden,
    };
    const statement = statementValue({ decisionId: demoIds.decisions.ots, ...hidden });
    const reason = statementValue({ decisionId });
    await pro.mutate('decision.put', { value: decision });
    await pro.mutate('statement.put', { value: statement });
    await pro.mutate('statement.put', { value: reason });
    expect(await naima.pull()).toEqual([]);
    await pro.mutate('statement.put', { value: { ...statement, text: 'changed while hidden' } });
    await pro.mutate('decision.put', { value: { ...decision, title: 'Changed while hidden' } });
    expect(await naima.pull()).toEqual([]);
    await pro.mutate('statement.withdraw', { id: statement.id });
    await pro.mutate('decision.withdraw', { id: decisionId });
    expect(await naima.pull()).toEqual([]);
    const everything = JSON.stringify(naima.received);
    for (const id of [decisionId, statement.id, reason.id]) expect(everything).not.toContain(id);
    // Daan could see them all along, so the same writes did reach him.
    const forDaan = await daan.pull();
    expect(idsOf(forDaan)).toEqual(expect.arrayContaining([statement.id, decisionId, reason.id]));
    expect(await rejectionsOf(pro)).toEqual([]);
  });

  it('hiding a decision from Daan takes its reasons from him too, and leaves him his own perspectives on it', async () => {
    const daan = await connect('daan');
    const decisionId = demoIds.decisions.aanwijzing;
    const reasons = [...daan.rows.values()]
      .filter((row) => (row as { decisionId?: string }).decisionId === decisionId)
      .map((row) => (row as { id: string }).id);
    expect(reasons.length).toBeGreaterThan(0);
    const decision = await stored('decision', decisionId);
    await pro.mutate('decision.put', { value: { ...decision, hiddenFrom: [demoIds.members.daan] } });
    const changes = await daan.pull();
    expect(changes.every((c) => c.op === 'delete')).toBe(true);
    expect(idsOf(changes)).toEqual(expect.arrayContaining([decisionId, ...reasons]));
    // His own perspectives on it stay his.
    expect(idsOf(changes)).not.toContain(demoIds.perspectives.daanPartly);
    await pro.mutate('decision.put', { value: { ...decision, hiddenFrom: [] } });
    const restored = await daan.pull();
    expect(restored.every((c) => c.op === 'put')).toBe(true);
    expect(idsOf(restored)).toEqual(expect.arrayContaining([decisionId, ...reasons]));
  });

  it('a withdrawn perspective and its replies are deleted for everyone who saw them', async () => {
    const [naima, daan, sam] = [await connect('naima'), await connect('daan'), await connect('sam')];
    const id = demoIds.perspectives.naimaDisagrees;
    const replies = [...daan.rows.values()]
      .filter((row) => (row as { perspectiveId?: string }).perspectiveId === id)
      .map((row) => (row as { id: string }).id);
    expect(replies.length).toBeGreaterThan(0);
    await naima.mutate('perspective.withdraw', { id });
    for (const client of [naima, daan, sam]) {
      const changes = await client.pull();
      expect(changes.every((c) => c.op === 'delete')).toBe(true);
      expect(idsOf(changes).sort()).toEqual([id, ...replies].sort());
    }
    expect(await server.storage.findRow('perspective', id)).toMatchObject({ deleted: true });
  });
});

describe('cursors', () => {
  it('a forged, foreign or unreadable cursor is answered with a reset', async () => {
    const [naima, daan] = [await connect('naima'), await connect('daan')];
    const raw = Buffer.from(naima.cursor!, 'base64url');
    raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
    for (const cursor of [raw.toString('base64url'), daan.cursor, 'not-a-cursor']) {
      const response = await naima.api.post('/api/sync/pull', {
        protocolVersion: 1,
        clientId: naima.clientId,
        cursor,
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ reset: true });
    }
  });

  it('another protocol version is refused as a bad request', async () => {
    const naima = await connect('naima');
    const response = await naima.api.post('/api/sync/pull', {
      protocolVersion: 2,
      clientId: naima.clientId,
      cursor: null,
    });
    expect(response.status).toBe(400);
  });
});

describe('losing access (SECURITY.md A4)', () => {
  it('a member removed from the case is told to purge it at the next pull, and gets nothing of it after', async () => {
    const daan = await connect('daan');
    await server.storage.transaction(async (tx) => {
      await tx.lockCase(demoIds.case);
      const version = await tx.bumpCaseVersion(demoIds.case);
      await tx.deleteEntity('member', demoIds.members.daan, version);
    });
    expect(await daan.pull()).toEqual([{ op: 'purge-case', caseId: demoIds.case }]);
    expect(await daan.pull()).toEqual([]);
    const fresh = await connectClient(server.baseUrl, 'daan');
    expect(await fresh.pull()).toEqual([]);
  });
});
