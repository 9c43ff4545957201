import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerRouteGuard } from '../../src/server/policy/route-guard';
import { routePolicies } from '../../src/server/policy/route-policy';
import type { AppContext } from '../../src/server/app-context';
import { mutationNames } from '../../src/shared/sync/mutations';
import { apiPolicies, loginAs, runMatrix, type MatrixCall } from '../factories/matrix-run';
import { routeRequests } from '../factories/route-requests';
import { actors, canaries, hiddenCanaries, seedTwoCases, type TwoCases } from '../factories/two-cases';
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
