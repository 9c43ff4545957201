import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../src/server/demo/demo-family';
import type { Storage } from '../../src/server/storage/storage';
import { push } from '../../src/server/sync/push';
import { createApiClient, startTestServer, type TestServer } from '../setup/test-server';
import { connectClient, perspectiveArgs, statementValue } from './sync-helpers';

// Push over real HTTP, step by step as DESIGN.md §4 numbers them (SQLite here, PostgreSQL under pg).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const connect = (username: string) => connectClient(server.baseUrl, username);
const perspectiveValue = async (id: string) =>
  (await server.storage.findRow('perspective', id))?.value as Record<string, unknown> | undefined;

describe('push step 1: a mutation already applied is skipped', () => {
  it('a perspective pushed three times is stored once, with its author', async () => {
    const naima = await connect('naima');
    const args = perspectiveArgs();
    for (let i = 0; i < 3; i++) {
      const response = await naima.push([{ id: 1, name: 'perspective.add', args }]);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ lastMutationId: 1 });
    }
    const ours = (await naima.pull()).filter((c) => c.op === 'put' && c.value.id === args.id);
    expect(ours).toHaveLength(1);
    expect((await perspectiveValue(args.id))?.authorMemberId).toBe(demoIds.members.naima);
  });

  it('five racing copies of one push apply each mutation once', async () => {
    const naima = await connect('naima');
    const mutations = [1, 2, 3].map((id) => ({ id, name: 'perspective.add', args: perspectiveArgs() }));
    const responses = await Promise.all(Array.from({ length: 5 }, () => naima.push(mutations)));
    for (const response of responses) expect(response.body).toEqual({ lastMutationId: 3 });
    const changes = await naima.pull();
    for (const { args } of mutations) {
      expect(changes.filter((c) => c.op === 'put' && c.value.id === args.id)).toHaveLength(1);
    }
    expect(await naima.push(mutations).then((r) => r.body)).toEqual({ lastMutationId: 3 });
  });
});

describe('push step 2: a gap stops the push', () => {
  it('answers 409 with the expected id and keeps the mutations before the gap', async () => {
    const naima = await connect('naima');
    const [a, b, c] = [perspectiveArgs(), perspectiveArgs(), perspectiveArgs()];
    const response = await naima.push([
      { id: 1, name: 'perspective.add', args: a },
      { id: 2, name: 'perspective.add', args: b },
      { id: 4, name: 'perspective.add', args: c },
    ]);
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ error: 'mutation-gap', expected: 3 });
    expect(await perspectiveValue(a.id)).toBeDefined();
    expect(await perspectiveValue(b.id)).toBeDefined();
    expect(await perspectiveValue(c.id)).toBeUndefined();
    const pull = await naima.api.post('/api/sync/pull', {
      protocolVersion: 1,
      clientId: naima.clientId,
      cursor: null,
    });
    expect(pull.body).toMatchObject({ lastMutationId: 2 });
  });

  it('a first push that does not start at 1 is a gap expecting 1', async () => {
    const naima = await connect('naima');
    const response = await naima.push([{ id: 5, name: 'perspective.add', args: perspectiveArgs() }]);
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ error: 'mutation-gap', expected: 1 });
  });
});

describe('push step 3: args are validated with the shared schema', () => {
  it('a mutation with invalid args is rejected, counted, and the next one is applied', async () => {
    const naima = await connect('naima');
    const good = perspectiveArgs();
    const response = await naima.push([
      { name: 'perspective.add', args: { ...perspectiveArgs(), stance: 'furious' } },
      { name: 'perspective.add', args: good },
    ]);
    expect(response.body).toEqual({ lastMutationId: 2 });
    await naima.pull();
    expect(naima.rows.has(`perspective:${good.id}`)).toBe(true);
    const pull = await naima.api.post('/api/sync/pull', {
      protocolVersion: 1,
      clientId: naima.clientId,
      cursor: null,
    });
    expect(pull.body).toMatchObject({ rejections: [{ mutationId: 1, code: 'bad-request' }] });
  });

  it('an unknown mutation is rejected as unknown-mutation and does not block the queue', async () => {
    const naima = await connect('naima');
    const good = perspectiveArgs();
    await naima.push([
      { name: 'case.delete', args: { id: demoIds.case } },
      { name: 'perspective.add', args: good },
    ]);
    const pull = await naima.api.post('/api/sync/pull', {
      protocolVersion: 1,
      clientId: naima.clientId,
      cursor: null,
    });
    expect(pull.body).toMatchObject({
      lastMutationId: 2,
      rejections: [{ mutationId: 1, code: 'unknown-mutation' }],
    });
    expect(await perspectiveValue(good.id)).toBeDefined();
  });

  it('a push body that breaks the wire contract is a 400 and changes nothing', async () => {
    const naima = await connect('naima');
    const response = await naima.api.post('/api/sync/push', {
      protocolVersion: 1,
      clientId: naima.clientId,
      mutations: [{ id: 0, name: 'x', args: {} }],
    });
    expect(response.status).toBe(400);
  });
});

describe('no mass assignment (SECURITY.md A5)', () => {
  it('an author named in the args is refused and never stored', async () => {
    const daan = await connect('daan');
    const args = { ...perspectiveArgs(), authorMemberId: demoIds.members.naima };
    await daan.mutate('perspective.add', args);
    expect(await perspectiveValue(args.id)).toBeUndefined();
    const pull = await daan.api.post('/api/sync/pull', {
      protocolVersion: 1,
      clientId: daan.clientId,
      cursor: null,
    });
    expect(pull.body).toMatchObject({ rejections: [{ mutationId: 1, code: 'bad-request' }] });
  });

  it('a correction status in the args is refused; the server opens the request itself', async () => {
    const daan = await connect('daan');
    const forced = { ...perspectiveArgs({ stance: 'incorrect' }), correctionStatus: 'corrected' };
    const honest = perspectiveArgs({
      stance: 'incorrect',
      subject: { type: 'statement', id: demoIds.statements.schoolAbsence },
    });
    await daan.mutate('perspective.add', forced);
    await daan.mutate('perspective.add', honest);
    expect(await perspectiveValue(forced.id)).toBeUndefined();
    expect(await perspectiveValue(honest.id)).toMatchObject({
      correctionStatus: 'open',
      authorMemberId: demoIds.members.daan,
    });
  });

  it('a put can never move a row to another case', async () => {
    const otherCase = randomUUID();
    const foreign = statementValue({ caseId: otherCase, decisionId: randomUUID() });
    await server.storage.transaction(async (tx) => {
      await tx.createCase({ id: otherCase, title: 'Another family', createdAt: '2025-01-01T00:00:00.000Z' });
      const version = await tx.bumpCaseVersion(otherCase);
      await tx.putEntity('statement', foreign as never, version);
    });
    const pro = await connect('jeugdbeschermer');
    await pro.mutate('statement.put', {
      value: { ...foreign, caseId: demoIds.case, decisionId: demoIds.decisions.ots, text: 'moved' },
    });
    const stored = await server.storage.findRow('statement', foreign.id);
    expect(stored).toMatchObject({ caseId: otherCase, value: { text: foreign.text } });
  });

  it('a statement’s history cannot be written by the client, only kept by the server', async () => {
    const pro = await connect('jeugdbeschermer');
    const value = statementValue();
    await pro.mutate('statement.put', {
      value: { ...value, history: [{ text: 'fake', replacedAt: '2020-01-01T00:00:00.000Z' }] },
    });
    expect(await server.storage.findRow('statement', value.id)).toBeUndefined();
    await pro.mutate('statement.put', { value });
    await pro.mutate('statement.put', { value: { ...value, text: 'Sam is on time most days' } });
    const stored = (await server.storage.findRow('statement', value.id))?.value;
    expect(stored).toMatchObject({ text: 'Sam is on time most days', history: [{ text: value.text }] });
  });
});

describe('push step 4: authorization', () => {
  const rejectionsOf = async (client: Awaited<ReturnType<typeof connect>>) =>
    (
      (
        await client.api.post('/api/sync/pull', {
          protocolVersion: 1,
          clientId: client.clientId,
          cursor: null,
        })
      ).body as { rejections: unknown[] }
    ).rejections;

  it('a family member cannot run professional mutations', async () => {
    const naima = await connect('naima');
    const value = statementValue();
    await naima.mutate('statement.put', { value });
    await naima.mutate('decision.withdraw', { id: demoIds.decisions.ots });
    await naima.mutate('perspective.resolve', {
      id: demoIds.perspectives.daanOutdated,
      outcome: 'kept',
      reason: 'no',
    });
    expect(await rejectionsOf(naima)).toEqual([
      { mutationId: 1, code: 'forbidden' },
      { mutationId: 2, code: 'forbidden' },
      // Daan's correction request is for professionals: Naima cannot even see it.
      { mutationId: 3, code: 'not-found' },
    ]);
    expect(await server.storage.findRow('statement', value.id)).toBeUndefined();
    expect((await server.storage.findRow('decision', demoIds.decisions.ots))?.deleted).toBe(false);
  });

  it('a parent cannot edit or withdraw the other parent’s perspective, and the next mutation still applies', async () => {
    const daan = await connect('daan');
    const own = perspectiveArgs();
    await daan.push([
      {
        name: 'perspective.edit',
        args: { id: demoIds.perspectives.naimaDisagrees, text: 'changed by daan' },
      },
      { name: 'perspective.withdraw', args: { id: demoIds.perspectives.naimaDisagrees } },
      { name: 'perspective.add', args: own },
    ]);
    expect(await rejectionsOf(daan)).toEqual([
      { mutationId: 1, code: 'forbidden' },
      { mutationId: 2, code: 'forbidden' },
    ]);
    expect((await perspectiveValue(demoIds.perspectives.naimaDisagrees))?.text).not.toBe('changed by daan');
    expect(await perspectiveValue(own.id)).toBeDefined();
  });

  it('a parent cannot touch, or learn of, the other parent’s private perspective', async () => {
    const naima = await connect('naima');
    await naima.mutate('perspective.markRead', { id: demoIds.perspectives.daanPrivate });
    await naima.mutate('reply.add', {
      id: randomUUID(),
      perspectiveId: demoIds.perspectives.daanPrivate,
      text: 'hi',
    });
    expect(await rejectionsOf(naima)).toEqual([
      { mutationId: 1, code: 'not-found' },
      { mutationId: 2, code: 'not-found' },
    ]);
  });

  it('a parent replies on her own perspective, not on the other parent’s', async () => {
    const naima = await connect('naima');
    const onOwn = { id: randomUUID(), perspectiveId: demoIds.perspectives.naimaDisagrees, text: 'Dank' };
    const onDaans = { id: randomUUID(), perspectiveId: demoIds.perspectives.daanPartly, text: 'Nee' };
    await naima.push([
      { name: 'reply.add', args: onOwn },
      { name: 'reply.add', args: onDaans },
    ]);
    expect(await rejectionsOf(naima)).toEqual([{ mutationId: 2, code: 'forbidden' }]);
    expect((await server.storage.findRow('reply', onOwn.id))?.value).toMatchObject({
      authorMemberId: demoIds.members.naima,
    });
  });

  it('a professional’s own perspective can only be a note for professionals', async () => {
    const pro = await connect('jeugdbeschermer');
    const loud = perspectiveArgs({ audience: 'everyone' });
    const note = perspectiveArgs({ audience: 'professionals' });
    await pro.push([
      { name: 'perspective.add', args: loud },
      { name: 'perspective.add', args: note },
    ]);
    expect(await rejectionsOf(pro)).toEqual([{ mutationId: 1, code: 'forbidden' }]);
    expect(await perspectiveValue(note.id)).toBeDefined();
  });

  it('a professional resolves a correction request with a reason', async () => {
    const pro = await connect('jeugdbeschermer');
    await pro.mutate('perspective.resolve', {
      id: demoIds.perspectives.daanOutdated,
      outcome: 'corrected',
      reason: 'Aangepast',
    });
    expect(await perspectiveValue(demoIds.perspectives.daanOutdated)).toMatchObject({
      correctionStatus: 'corrected',
      correctionReason: 'Aangepast',
    });
  });

  it('a row of another case is not found, whoever asks', async () => {
    const pro = await connect('jeugdbeschermer');
    const otherCase = randomUUID();
    await server.storage.transaction(async (tx) => {
      await tx.createCase({ id: otherCase, title: 'Elsewhere', createdAt: '2025-01-01T00:00:00.000Z' });
    });
    await pro.mutate(
      'perspective.add',
      perspectiveArgs({
        caseId: otherCase,
        subject: { type: 'case', id: otherCase },
        audience: 'professionals',
      }),
    );
    await pro.mutate('statement.put', { value: statementValue({ caseId: otherCase }) });
    expect(await rejectionsOf(pro)).toEqual([
      { mutationId: 1, code: 'not-found' },
      { mutationId: 2, code: 'not-found' },
    ]);
  });
});

describe('the client record is bound to its user', () => {
  it('pushing with another user’s client id is forbidden and changes nothing', async () => {
    const naima = await connect('naima');
    await naima.mutate('perspective.add', perspectiveArgs());
    const daan = await connect('daan');
    const stolen = perspectiveArgs();
    const response = await daan.api.post('/api/sync/push', {
      protocolVersion: 1,
      clientId: naima.clientId,
      mutations: [{ id: 2, name: 'perspective.add', args: stolen }],
    });
    expect(response.status).toBe(403);
    expect(response.body).toEqual({ error: 'forbidden' });
    expect(await perspectiveValue(stolen.id)).toBeUndefined();
    const pull = await daan.api.post('/api/sync/pull', {
      protocolVersion: 1,
      clientId: naima.clientId,
      cursor: null,
    });
    expect(pull.status).toBe(403);
  });

  it('a push without a session is unauthenticated', async () => {
    const response = await createApiClient(server.baseUrl).post('/api/sync/push', {
      protocolVersion: 1,
      clientId: 'anonymous-1',
      mutations: [],
    });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: 'unauthenticated' });
  });
});

describe('the access log (SECURITY.md E1)', () => {
  it('each applied mutation writes one row naming the rows it touched, never their content', async () => {
    const sam = await connect('sam');
    const args = perspectiveArgs({ text: 'AUDIT-CANARY-TEXT', audience: 'professionals' });
    await sam.push([
      { name: 'perspective.add', args },
      { name: 'perspective.add', args: { ...perspectiveArgs(), stance: 'angry' } },
      { name: 'perspective.edit', args: { id: args.id, text: 'edited' } },
    ]);
    const rows = (await server.storage.listAuditRecords({ actorUserId: demoIds.users.sam })).filter((row) =>
      row.basis.startsWith('mutation '),
    );
    expect(rows.map((row) => [row.basis, row.action, row.dataEntity, row.dataIds, row.caseId])).toEqual([
      ['mutation perspective.add', 'create', 'perspective', [args.id], demoIds.case],
      ['mutation perspective.edit', 'change', 'perspective', [args.id], demoIds.case],
    ]);
    expect(JSON.stringify(rows)).not.toContain('AUDIT-CANARY-TEXT');
  });
});

describe('push step 6: the counter commits with the write, or neither does', () => {
  const clock = { now: () => new Date().toISOString(), today: () => '2025-03-01' };

  it('a write that fails half-way leaves no row, no counter and no rejection; the retry applies it once', async () => {
    const user = (await server.storage.findUserByUsername('naima'))!;
    const clientId = `atomic-${randomUUID()}`;
    const args = perspectiveArgs();
    const request = {
      protocolVersion: 1 as const,
      clientId,
      mutations: [{ id: 1, name: 'perspective.add', args }],
    };
    // The row is written, then the storage fails before the transaction can commit.
    const failing: Storage = {
      ...server.storage,
      transaction: (fn) =>
        server.storage.transaction((tx) =>
          fn({
            ...tx,
            addVisibilityChanges: async () => {
              throw new Error('disk full');
            },
          }),
        ),
    };
    await expect(push(failing, user, request, clock, 'test')).rejects.toThrow('disk full');
    expect(await server.storage.findClient(clientId)).toBeUndefined();
    expect(await perspectiveValue(args.id)).toBeUndefined();
    expect(await push(server.storage, user, request, clock, 'test')).toEqual({
      lastMutationId: 1,
      replayed: false,
    });
    expect(await perspectiveValue(args.id)).toBeDefined();
    expect(await push(server.storage, user, request, clock, 'test')).toEqual({
      lastMutationId: 1,
      replayed: true,
    });
  });

  it('a replayed push says so in the Idempotent-Replayed header, with the same answer', async () => {
    const naima = await connect('naima');
    const mutations = [{ id: 1, name: 'perspective.add', args: perspectiveArgs() }];
    const first = await naima.push(mutations);
    const again = await naima.push(mutations);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.text).toBe(first.text);
  });
});
