import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routePolicies } from '../../src/server/policy/route-policy';
import { isErrorCode } from '../../src/shared/api/errors';
import { loginRequestSchema } from '../../src/shared/api/auth';
import {
  checkInvitationRequestSchema,
  createInvitationRequestSchema,
} from '../../src/shared/api/invitations';
import { pullRequestSchema, pushRequestSchema } from '../../src/shared/sync/protocol';
import { mutationArgSchemas } from '../../src/shared/sync/mutations';
import { loginAs } from '../factories/matrix-run';
import { routeRequests } from '../factories/route-requests';
import { MATRIX_PASSWORD, seedTwoCases, usernameOf, type TwoCases } from '../factories/two-cases';
import { startTestServer, type ApiClient, type TestServer } from '../setup/test-server';

// SECURITY.md A5/E5/R6: generated bodies for every POST route (valid ones from the shared schemas,
// then broken: extra server-set fields, wrong types, oversized, any JSON). Never a 500; a 4xx is a
// bare stable code; a refused request leaves the database as it was.
let server: TestServer;
let fixture: TwoCases;
let pro: ApiClient;

beforeAll(async () => {
  server = await startTestServer({
    GEZIEN_LOGIN_LIMIT_PER_MINUTE: '100000',
    GEZIEN_ACCOUNT_FAILURES_PER_WINDOW: '100000',
    GEZIEN_IP_FAILURES_PER_WINDOW: '100000',
  });
  fixture = await seedTwoCases(server.storage);
  pro = await loginAs(server.baseUrl, 'professional');
});
afterAll(() => server?.close());

/** A valid body per POST route, checked against its shared schema where there is one. */
function validBody(url: string): Record<string, unknown> {
  if (url === '/api/sync/push') {
    const args = {
      id: randomUUID(),
      caseId: fixture.caseOne,
      subject: { type: 'case', id: fixture.caseOne },
      stance: 'story',
      text: 'fuzz',
      audience: 'everyone',
    };
    expect(z.safeParse(mutationArgSchemas['perspective.add'], args).success).toBe(true);
    const body = {
      protocolVersion: 1,
      clientId: `fuzz-${randomUUID()}`,
      mutations: [{ id: 1, name: 'perspective.add', args }],
    };
    expect(z.safeParse(pushRequestSchema, body).success).toBe(true);
    return body;
  }
  if (url === '/api/auth/login') {
    const body = { username: usernameOf('professional'), password: MATRIX_PASSWORD };
    return z.parse(loginRequestSchema, body);
  }
  if (url === '/api/sync/pull')
    return z.parse(pullRequestSchema, { protocolVersion: 1, clientId: 'fuzz-client', cursor: null });
  if (url === '/api/cases/:caseId/invitations')
    return z.parse(createInvitationRequestSchema, { memberId: fixture.invitees[fixture.caseOne] });
  if (url === '/api/invitations/check')
    return z.parse(checkInvitationRequestSchema, { token: 'A'.repeat(22), code: '123456' });
  const example = routeRequests[`POST ${url}`]?.(fixture, fixture.caseOne);
  return (example?.body as Record<string, unknown> | undefined) ?? {};
}

const injected = fc.record(
  {
    role: fc.constant('professional'),
    caseId: fc.constant(randomUUID()),
    authorMemberId: fc.constant(randomUUID()),
    audience: fc.constantFrom('private', 'everyone'),
    userId: fc.constant(randomUUID()),
    hiddenFrom: fc.constant([]),
    version: fc.integer(),
  },
  { requiredKeys: [] },
);

/** Bodies: the valid one, with injected fields (top level or in mutation args), retyped or oversized fields, or any JSON. */
const bodyFor = (valid: Record<string, unknown>) =>
  fc.oneof(
    fc.constant(JSON.stringify(valid)),
    injected.map((extra) => JSON.stringify({ ...valid, ...extra })),
    injected.map((extra) => {
      const mutations = (valid.mutations as { args: object }[] | undefined)?.map((m) => ({
        ...m,
        args: { ...m.args, ...extra },
      }));
      return JSON.stringify(mutations ? { ...valid, mutations } : { ...valid, ...extra });
    }),
    fc
      .tuple(fc.constantFrom(...Object.keys(valid), 'x'), fc.jsonValue())
      .map(([key, value]) => JSON.stringify({ ...valid, [key]: value })),
    fc
      .tuple(fc.constantFrom(...Object.keys(valid), 'x'), fc.integer({ min: 1_000, max: 80_000 }))
      .map(([key, size]) => JSON.stringify({ ...valid, [key]: 'x'.repeat(size) })),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.string().map((text) => text),
  );

async function databaseState() {
  const cases = await Promise.all(
    [fixture.caseOne, fixture.caseTwo].map(async (id) => {
      const snapshot = await server.storage.loadCaseSnapshot(id);
      return {
        version: snapshot?.version,
        rows: Object.values(snapshot?.rows ?? {}).map((rows) => rows.length),
      };
    }),
  );
  return { cases, users: await server.storage.countUsers() };
}

const postRoutes = routePolicies.filter((p) => p.method === 'POST' && p.audit !== 'logout');

describe('fuzzing every POST route', () => {
  it.each(postRoutes.map((p) => p.url))(
    'POST %s: no 500, bare error codes, nothing changed when refused',
    async (url) => {
      const path = url.replace(':caseId', fixture.caseOne);
      await fc.assert(
        fc.asyncProperty(bodyFor(validBody(url)), async (body) => {
          const before = await databaseState();
          const response = await pro.raw('POST', path, {
            body,
            headers: { 'content-type': 'application/json', 'x-requested-with': 'gezien' },
          });
          expect(response.status, body.slice(0, 200)).toBeLessThan(500);
          // A push with injected fields in its args is a rejected mutation inside a 200: no case changes.
          const injectedArgs =
            url === '/api/sync/push' && /"(role|authorMemberId|userId|hiddenFrom|version)"/.test(body);
          if (injectedArgs && response.status === 200) expect(await databaseState()).toEqual(before);
          if (response.status >= 400) {
            const error = (response.body as { error?: unknown } | undefined)?.error;
            expect(isErrorCode(error), response.text).toBe(true);
            expect(response.text).not.toMatch(/stack|at \w+ \(|node_modules|Error:|SQL/i);
            expect(await databaseState()).toEqual(before);
          }
          // A login in the run rotates the session; the client keeps the new cookie.
        }),
        { numRuns: 25, seed: 4242 },
      );
    },
  );
});
