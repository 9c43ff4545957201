import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../src/server/demo/demo-family';
import { startTestServer, type TestServer } from '../setup/test-server';
import { connectClient, perspectiveArgs, type SyncClient } from './sync-helpers';

// The family's voice over real HTTP: correction requests answered once, reopened by a rewrite,
// versions kept by the server, read receipts with a date (issue 9, issue 13 row 16, decision 012).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const connect = (username: string) => connectClient(server.baseUrl, username);
const stored = async (id: string) =>
  (await server.storage.findRow('perspective', id))?.value as Record<string, unknown> | undefined;
const rejectionsOf = async (client: SyncClient) =>
  (
    (
      await client.api.post('/api/sync/pull', {
        protocolVersion: 1,
        clientId: client.clientId,
        cursor: null,
      })
    ).body as { rejections: { mutationId: number; code: string }[] }
  ).rejections;

const request = (stance = 'outdated') =>
  perspectiveArgs({
    stance,
    audience: 'professionals',
    subject: { type: 'statement', id: demoIds.statements.schoolAbsence },
    text: 'Sam gaat weer elke dag naar school.',
  });

describe('answering a correction request', () => {
  it('a second answer to an answered request is a conflict and changes nothing', async () => {
    const naima = await connect('naima');
    const pro = await connect('jeugdbeschermer');
    const args = request();
    await naima.mutate('perspective.add', args);
    await pro.mutate('perspective.resolve', { id: args.id, outcome: 'kept', reason: 'Klopt nog.' });
    await pro.mutate('perspective.resolve', { id: args.id, outcome: 'corrected', reason: 'Toch niet.' });
    expect(await stored(args.id)).toMatchObject({ correctionStatus: 'kept', correctionReason: 'Klopt nog.' });
    expect(await rejectionsOf(pro)).toEqual([{ mutationId: 2, code: 'conflict' }]);
  });

  it('a rewrite of an answered request opens it again, and then it can be answered again', async () => {
    const naima = await connect('naima');
    const pro = await connect('jeugdbeschermer');
    const args = request('incorrect');
    await naima.mutate('perspective.add', args);
    await pro.mutate('perspective.resolve', { id: args.id, outcome: 'kept', reason: 'Klopt nog.' });
    await naima.mutate('perspective.edit', { id: args.id, text: 'Kijk naar de absentielijst van mei.' });
    expect(await stored(args.id)).toMatchObject({
      correctionStatus: 'open',
      correctionReason: null,
      resolvedAt: null,
    });
    await pro.mutate('perspective.resolve', { id: args.id, outcome: 'kept', reason: 'Bekeken, klopt.' });
    expect(await stored(args.id)).toMatchObject({
      correctionStatus: 'kept',
      correctionReason: 'Bekeken, klopt.',
    });
    expect(await rejectionsOf(pro)).toEqual([]);
  });

  it('corrected links to the revision of the reason that holds its old text', async () => {
    const naima = await connect('naima');
    const pro = await connect('jeugdbeschermer');
    const args = request();
    await naima.mutate('perspective.add', args);
    const reason = server.storage.findRow('statement', demoIds.statements.schoolAbsence);
    const value = (await reason)!.value as Record<string, unknown>;
    const { history: _history, ...rest } = value;
    await pro.mutate('statement.put', { value: { ...rest, text: 'Sam gaat sinds mei weer naar school.' } });
    await pro.mutate('perspective.resolve', { id: args.id, outcome: 'corrected', reason: 'Aangepast.' });
    const statement = (await server.storage.findRow('statement', demoIds.statements.schoolAbsence))!.value;
    const revision = statement.history.at(-1)!;
    expect(revision.text).toBe(value.text);
    expect(await stored(args.id)).toMatchObject({
      correctionStatus: 'corrected',
      correctedRevisionAt: revision.replacedAt,
    });
  });
});

describe('versions of my story', () => {
  it('the server keeps earlier versions; the author and professionals receive them, the family not', async () => {
    const naima = await connect('naima');
    const args = perspectiveArgs({ text: 'Eerste versie.' });
    await naima.mutate('perspective.add', args);
    await naima.mutate('perspective.edit', { id: args.id, text: 'Tweede versie.' });
    await naima.mutate('perspective.edit', { id: args.id, text: 'Derde versie.' });
    const key = `perspective:${args.id}`;
    const historyAs = async (username: string) => {
      const client = await connect(username);
      await client.pull();
      return (client.rows.get(key) as { text: string; history?: { text: string }[] } | undefined) ?? null;
    };
    const own = await historyAs('naima');
    expect(own?.text).toBe('Derde versie.');
    expect(own?.history?.map((v) => v.text)).toEqual(['Eerste versie.', 'Tweede versie.']);
    expect((await historyAs('jeugdbeschermer'))?.history).toHaveLength(2);
    const daans = await historyAs('daan');
    expect(daans?.text).toBe('Derde versie.');
    expect(daans).not.toHaveProperty('history');
  });

  it('a history in the args is refused: only the server writes it', async () => {
    const naima = await connect('naima');
    const args = perspectiveArgs();
    await naima.mutate('perspective.add', args);
    await naima.mutate('perspective.edit', {
      id: args.id,
      text: 'Nieuw',
      history: [{ text: 'nep', houses: null, replacedAt: '2020-01-01T00:00:00.000Z' }],
    });
    expect(await stored(args.id)).toMatchObject({ text: args.text });
    expect(await rejectionsOf(naima)).toEqual([{ mutationId: 2, code: 'bad-request' }]);
  });
});

describe('read receipts', () => {
  it('say who read it and when; a rewrite makes the words unread again', async () => {
    const naima = await connect('naima');
    const pro = await connect('jeugdbeschermer');
    const args = request();
    await naima.mutate('perspective.add', args);
    await pro.mutate('perspective.markRead', { id: args.id });
    await pro.mutate('perspective.markRead', { id: args.id });
    const read = await stored(args.id);
    expect(read?.readBy).toEqual([demoIds.members.jeugdbeschermer]);
    expect(read?.readLog).toEqual([{ memberId: demoIds.members.jeugdbeschermer, at: expect.any(String) }]);
    await naima.mutate('perspective.edit', { id: args.id, text: 'Anders gezegd.' });
    expect(await stored(args.id)).toMatchObject({ readBy: [], readLog: [] });
  });
});

describe('taking words back', () => {
  it('after withdraw, no device that had the contribution or its answer keeps either', async () => {
    const naima = await connect('naima');
    const daan = await connect('daan');
    const pro = await connect('jeugdbeschermer');
    const args = perspectiveArgs({ text: 'Voor iedereen, even.' });
    await naima.mutate('perspective.add', args);
    const replyId = crypto.randomUUID();
    await pro.mutate('reply.add', { id: replyId, perspectiveId: args.id, text: 'Gelezen.' });
    for (const client of [daan, pro]) {
      await client.pull();
      expect(client.rows.has(`perspective:${args.id}`)).toBe(true);
      expect(client.rows.has(`reply:${replyId}`)).toBe(true);
    }
    await naima.mutate('perspective.withdraw', { id: args.id });
    for (const client of [daan, pro]) {
      await client.pull();
      expect(client.rows.has(`perspective:${args.id}`)).toBe(false);
      expect(client.rows.has(`reply:${replyId}`)).toBe(false);
    }
  });

  it('narrowing the audience to the professionals removes it from the other parent’s device', async () => {
    const naima = await connect('naima');
    const daan = await connect('daan');
    const args = perspectiveArgs({ text: 'Eerst voor iedereen.' });
    await naima.mutate('perspective.add', args);
    await daan.pull();
    expect(daan.rows.has(`perspective:${args.id}`)).toBe(true);
    await naima.mutate('perspective.edit', { id: args.id, text: args.text, audience: 'professionals' });
    const changes = await daan.pull();
    expect(daan.rows.has(`perspective:${args.id}`)).toBe(false);
    expect(JSON.stringify(changes)).not.toContain('Eerst voor iedereen.');
  });
});
