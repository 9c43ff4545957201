import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerRouteGuard } from '../../src/server/policy/route-guard';
import { routePolicies } from '../../src/server/policy/route-policy';
import type { AppContext } from '../../src/server/app-context';
import { mutationNames } from '../../src/shared/sync/mutations';
import { perspectiveReaders, type FindRow } from '../../src/shared/sync/perspective-readers';
import type { EntityValue } from '../../src/shared/sync/protocol';
import type { Member } from '../../src/shared/domain';
import { todayInNetherlands } from '../../src/server/today';
import { apiPolicies, loginAs, runMatrix, type MatrixCall } from '../factories/matrix-run';
import { plantMutationCells } from '../factories/mutation-cells';
import { routeRequests } from '../factories/route-requests';
import {
  actors,
  canaries,
  hiddenCanaries,
  seedTwoCases,
  type Actor,
  type TwoCases,
} from '../factories/two-cases';
import { startTestServer, type ApiClient, type TestServer } from '../setup/test-server';

// SECURITY.md A1/A2: every route of the table × every actor × every case id, against the table;
// every hidden canary absent from every answer (REST and pull) of every actor who may not see it.
let server: TestServer;
let fixture: TwoCases;
let calls: MatrixCall[];
const pushRegistered = () =>
  calls.some((c) => c.policy.url === '/api/sync/push' && c.response.status !== 404);

beforeAll(async () => {
  server = await startTestServer({ GEZIEN_LOGIN_LIMIT_PER_MINUTE: '10000' });
  fixture = await seedTwoCases(server.storage);
  calls = await runMatrix(server.baseUrl, fixture);
});
afterAll(() => server?.close());

describe('the route table', () => {
  it('has an example request for every API route, so the matrix covers every route', () => {
    for (const policy of apiPolicies()) {
      expect(routeRequests[`${policy.method} ${policy.url}`], `${policy.method} ${policy.url}`).toBeDefined();
    }
  });

  it('a server with a route that is not in the table refuses to start', () => {
    const app = Fastify();
    registerRouteGuard(app, {} as AppContext);
    expect(() => app.get('/api/not-in-the-table', async () => ({}))).toThrow(
      /not in src\/server\/policy\/route-policy\.ts/,
    );
    expect(() => app.get('/api/health', async () => ({}))).not.toThrow();
  });

  it('lists each method and path once', () => {
    const keys = routePolicies.map((p) => `${p.method} ${p.url}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('every route × every actor × every case id', () => {
  it('answers as the table says: 401 without a session, 404 for outsiders, 403 for a role not listed', () => {
    const wrong: string[] = [];
    for (const call of calls) {
      if (call.policy.url === '/api/sync/push' && !pushRegistered()) continue;
      const { status } = call.response;
      const label = `${call.actor} ${call.request.method} ${call.request.path} → ${status}, expected ${call.expected}`;
      if (status >= 500) wrong.push(label);
      else if (
        call.expected === 'allow' ? !call.request.handled.includes(status) : status !== call.expected
      ) {
        wrong.push(label);
      }
    }
    expect(wrong).toEqual([]);
    // 9 actors, every API route, and 4 case ids for each case route.
    expect(calls.length).toBeGreaterThan(actors.length * apiPolicies().length);
  });

  it('a refusal is a bare error code, the same for an unknown and a foreign case', () => {
    for (const call of calls.filter((c) => c.expected !== 'allow')) {
      const body = call.response.body as { error?: string };
      expect(Object.keys(body)).toEqual(['error']);
    }
    const foreign = calls.find((c) => c.actor === 'parentA' && c.caseId === fixture.caseTwo);
    const unknown = calls.find(
      (c) =>
        c.actor === 'parentA' &&
        c.caseId !== null &&
        c.caseId.length === 36 &&
        c.caseId !== fixture.caseOne &&
        c.caseId !== fixture.caseTwo,
    );
    expect(foreign?.response.text).toBe(unknown?.response.text);
  });
});

describe('canaries (A2)', () => {
  it('no actor ever receives a canary they may not see, in any REST answer or pull', () => {
    const leaks: string[] = [];
    for (const actor of actors) {
      const text = calls
        .filter((c) => c.actor === actor)
        .map((c) => c.response.text)
        .join('\n');
      for (const canary of hiddenCanaries(actor))
        if (text.includes(canary)) leaks.push(`${actor}: ${canary}`);
    }
    expect(leaks).toEqual([]);
  });

  it('the canaries are really planted: each reaches the actors who may see it', () => {
    const missing: string[] = [];
    for (const [canary, allowed] of Object.entries(canaries)) {
      for (const actor of allowed) {
        const pull = calls.find((c) => c.actor === actor && c.policy.url === '/api/sync/pull');
        if (!pull?.response.text.includes(canary)) missing.push(`${actor}: ${canary}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the "wie leest dit?" preview names exactly the actors whose pull holds each contribution, id and all', async () => {
    const { rows } = (await server.storage.loadCaseSnapshot(fixture.caseOne))!;
    const members = rows.member.map((r) => r.value);
    const find: FindRow = (entity, id) =>
      (rows[entity] as { value: EntityValue<typeof entity> }[]).find((r) => r.value.id === id)
        ?.value as never;
    const perspectives = rows.perspective.map((r) => r.value);
    expect(perspectives.length).toBeGreaterThan(0);
    for (const perspective of perspectives) {
      const readers = perspectiveReaders(perspective, { members, today: todayInNetherlands(), find });
      const previewed = actors.filter((actor) =>
        readers.some((m) => m.id === (fixture.members as Record<string, Member>)[actor]?.id),
      );
      const pulled = actors.filter((actor) =>
        calls.some(
          (c) =>
            c.actor === actor &&
            c.policy.url === '/api/sync/pull' &&
            c.response.text.includes(perspective.id),
        ),
      );
      expect(previewed, perspective.text).toEqual(pulled);
    }
  });

  it('the export of every actor holds none of their hidden canaries', () => {
    for (const actor of actors.filter((a) => a !== 'anonymous')) {
      const exported = calls.find((c) => c.actor === actor && c.policy.url === '/api/me/export');
      expect(exported?.response.status).toBe(200);
      for (const canary of hiddenCanaries(actor)) expect(exported?.response.text).not.toContain(canary);
    }
  });
});

describe('every mutation × every actor (through push)', () => {
  // Deny side of the write table: a mutation into another family's case, and a professional-only
  // mutation by a family member, never changes the case (its version stays), and never leaks.
  const familyMutations = (name: string) =>
    (name.startsWith('perspective.') && name !== 'perspective.resolve') || name.startsWith('reply.');

  it('no mutation by an outsider or a family member without the right changes a case', async () => {
    expect(pushRegistered()).toBe(true);
    const clients = new Map<string, ApiClient>();
    for (const actor of actors) clients.set(actor, await loginAs(server.baseUrl, actor));
    const versions = async () =>
      [
        (await server.storage.loadCaseSnapshot(fixture.caseOne))?.version,
        (await server.storage.loadCaseSnapshot(fixture.caseTwo))?.version,
      ] as const;
    const before = await versions();
    let sent = 0;
    for (const name of mutationNames) {
      for (const actor of actors) {
        const targets = actor === 'otherProfessional' ? [fixture.caseOne] : [fixture.caseTwo];
        if (actor !== 'professional' && actor !== 'otherProfessional' && !familyMutations(name)) {
          targets.push(fixture.caseOne);
        }
        for (const caseId of targets) {
          const args = { id: randomUUID(), caseId, value: { id: randomUUID(), caseId } };
          const response = await clients.get(actor)!.post('/api/sync/push', {
            protocolVersion: 1,
            clientId: `matrix-${actor}-${sent}`,
            mutations: [{ id: 1, name, args }],
          });
          sent += 1;
          expect(response.status, `${actor} ${name}`).toBe(actor === 'anonymous' ? 401 : 200);
          for (const canary of hiddenCanaries(actor)) expect(response.text).not.toContain(canary);
        }
      }
    }
    expect(await versions()).toEqual(before);
    expect(sent).toBeGreaterThanOrEqual(mutationNames.length * actors.length);
  });
});

describe('every mutation × every actor with valid args (the write table of POLICY.md)', () => {
  // Written out from POLICY.md "Writing", not computed from write-policy.ts, so the two can disagree.
  // Each cell pushes VALID args at case 1 (see tests/factories/mutation-cells.ts): their own
  // perspective for edit/withdraw, their own (family) or a visible one (professional) for reply.add,
  // a visible perspective for markRead, a visible correction request for resolve, fresh ids for puts.
  // The other case's professional is an outsider: not-found, never forbidden.
  type Outcome = 'allow' | 'forbidden' | 'not-found' | 'unauthenticated';
  const A = 'allow';
  const F = 'forbidden';
  const N = 'not-found';
  const U = 'unauthenticated';
  const columns: readonly Actor[] = [
    'parentA',
    'parentB',
    'youth11',
    'youth14',
    'youth16',
    'network',
    'professional',
    'otherProfessional',
    'anonymous',
  ];
  // prettier-ignore
  const expected: Record<string, readonly Outcome[]> = {
    //                       parA parB y11 y14 y16 netw prof othP anon
    'perspective.add':      [A,   A,   A,  A,  A,  A,   A,   N,   U],
    'perspective.edit':     [A,   A,   A,  A,  A,  A,   A,   N,   U],
    'perspective.withdraw': [A,   A,   A,  A,  A,  A,   A,   N,   U],
    'perspective.resolve':  [F,   F,   F,  F,  F,  F,   A,   N,   U],
    'perspective.markRead': [A,   A,   A,  A,  A,  A,   A,   N,   U],
    'perspective.setObjection': [F, F, F,  F,  F,  F,   A,   N,   U],
    'reply.add':            [A,   A,   A,  A,  A,  A,   A,   N,   U],
    'involvement.put':      [F,   F,   F,  F,  F,  F,   A,   N,   U],
    'involvement.end':      [F,   F,   F,  F,  F,  F,   A,   N,   U],
    'decision.put':         [F,   F,   F,  F,  F,  F,   A,   N,   U],
    'decision.withdraw':    [F,   F,   F,  F,  F,  F,   A,   N,   U],
    'statement.put':        [F,   F,   F,  F,  F,  F,   A,   N,   U],
    'statement.withdraw':   [F,   F,   F,  F,  F,  F,   A,   N,   U],
    'event.put':            [F,   F,   F,  F,  F,  F,   A,   N,   U],
    'event.cancel':         [F,   F,   F,  F,  F,  F,   A,   N,   U],
    // Any professional login may open a case of their own; the other case's professional too.
    'case.create':          [F,   F,   F,  F,  F,  F,   A,   A,   U],
    'member.add':           [F,   F,   F,  F,  F,  F,   A,   N,   U],
    'member.update':        [F,   F,   F,  F,  F,  F,   A,   N,   U],
    'member.end':           [F,   F,   F,  F,  F,  F,   A,   N,   U],
    'team.add':             [F,   F,   F,  F,  F,  F,   A,   N,   U],
    'team.setRole':         [F,   F,   F,  F,  F,  F,   A,   N,   U],
  };
  const expectedOf = (name: string, actor: Actor) => expected[name]?.[columns.indexOf(actor)];

  it('lists every mutation name and every actor, no more and no fewer', () => {
    expect(Object.keys(expected).sort()).toEqual([...mutationNames].sort());
    expect([...columns].sort()).toEqual([...actors].sort());
    for (const [name, row] of Object.entries(expected)) expect(row, name).toHaveLength(columns.length);
  });

  // Every cell is a push and a pull over HTTP (now 20 mutations × 9 actors): more than the default minute
  // on a busy machine.
  it(
    'applies what the table allows and rejects the rest with its code, changing nothing',
    { timeout: 300_000 },
    async () => {
      const cells = await plantMutationCells(server.storage, fixture, mutationNames);
      const clients = new Map<Actor, ApiClient>();
      for (const actor of actors) clients.set(actor, await loginAs(server.baseUrl, actor));
      const versions = async () =>
        [
          (await server.storage.loadCaseSnapshot(fixture.caseOne))?.version,
          (await server.storage.loadCaseSnapshot(fixture.caseTwo))?.version,
        ] as const;
      const wrong: string[] = [];
      for (const cell of cells) {
        const { name, actor } = cell;
        const want = expectedOf(name, actor);
        const client = clients.get(actor)!;
        const clientId = `mw-${actor}-${randomUUID()}`;
        const [caseOneBefore, caseTwoBefore] = await versions();
        const response = await client.post('/api/sync/push', {
          protocolVersion: 1,
          clientId,
          mutations: [{ id: 1, name, args: cell.args }],
        });
        for (const canary of hiddenCanaries(actor))
          if (response.text.includes(canary)) wrong.push(`${actor} ${name}: push answer leaks ${canary}`);
        const [caseOneAfter, caseTwoAfter] = await versions();
        const applied = await cell.applied(server.storage);
        let got: string;
        if (response.status === 401) got = U;
        else if (response.status !== 200) got = `push ${response.status} ${response.text}`;
        else {
          const pull = await client.post('/api/sync/pull', { protocolVersion: 1, clientId, cursor: null });
          const body = pull.body as { lastMutationId?: number; rejections?: { code: string }[] };
          const codes = (body.rejections ?? []).map((r) => r.code);
          if (body.lastMutationId !== 1) got = `lastMutationId ${body.lastMutationId}`;
          else if (codes.length > 1) got = `rejections ${codes.join(',')}`;
          else got = codes[0] ?? A;
          for (const canary of hiddenCanaries(actor))
            if (pull.text.includes(canary)) wrong.push(`${actor} ${name}: pull leaks ${canary}`);
        }
        const label = `${actor} ${name}`;
        if (got !== want) wrong.push(`${label}: got ${got}, expected ${want}`);
        if (caseTwoAfter !== caseTwoBefore) wrong.push(`${label}: case 2 changed`);
        if (want === A) {
          if (!applied) wrong.push(`${label}: allowed but its effect is not in storage`);
          if (cell.createsCase && caseOneAfter !== caseOneBefore) wrong.push(`${label}: case 1 changed`);
          if (!cell.createsCase && !(caseOneAfter! > caseOneBefore!))
            wrong.push(`${label}: allowed but case 1 version stayed`);
          const author = await cell.authoredBy?.(server.storage);
          if (cell.authoredBy && author !== fixture.members[actor as Exclude<Actor, 'anonymous'>].id)
            wrong.push(`${label}: author ${author}, expected the actor`);
        } else {
          if (applied) wrong.push(`${label}: denied but its effect is in storage`);
          if (caseOneAfter !== caseOneBefore) wrong.push(`${label}: denied but case 1 version changed`);
        }
      }
      expect(wrong).toEqual([]);
      expect(cells).toHaveLength(mutationNames.length * actors.length);
    },
  );
});
