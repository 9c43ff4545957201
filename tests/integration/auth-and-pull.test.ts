import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meResponseSchema } from '../../src/shared/api/me';
import { entitySchemas, pullResponseSchema, type Change } from '../../src/shared/sync/protocol';
import { demoIds } from '../../src/server/demo/demo-family';
import { createApiClient, startTestServer, type TestServer } from '../setup/test-server';

// Login and the first pull over real HTTP, on SQLite (integration) and PostgreSQL (pg).
let server: TestServer;
const pullBody = { protocolVersion: 1, clientId: 'test-client-1', cursor: null };
const canary = {
  privateText: 'PRIVATE-CANARY-DAAN',
  address: 'ADDR-CANARY-DAAN',
  phone: 'PHONE-CANARY-DAAN',
};

beforeAll(async () => {
  server = await startTestServer();
  // Canaries: Daan's private details and a perspective only Daan may read.
  await server.storage.transaction(async (tx) => {
    const version = await tx.bumpCaseVersion(demoIds.case);
    const daan = (await tx.findMember(demoIds.members.daan))!;
    await tx.putEntity('member', { ...daan, address: canary.address, phone: canary.phone }, version);
    const at = new Date().toISOString();
    await tx.putEntity(
      'perspective',
      {
        id: randomUUID(),
        caseId: demoIds.case,
        authorMemberId: demoIds.members.daan,
        subject: { type: 'case', id: demoIds.case },
        stance: 'story',
        text: canary.privateText,
        houses: null,
        audience: 'private',
        correctionStatus: null,
        correctionReason: null,
        readBy: [],
        withdrawn: false,
        createdAt: at,
        updatedAt: at,
      },
      version,
    );
  });
});
afterAll(() => server?.close());

async function pullAs(username: string) {
  const client = createApiClient(server.baseUrl);
  expect((await client.login(username)).status).toBe(200);
  const pull = await client.post('/api/sync/pull', pullBody);
  expect(pull.status).toBe(200);
  return { client, pull, changes: (pull.body as { changes: Change[] }).changes };
}

const valuesOf = (changes: Change[], entity: string) =>
  changes.flatMap((change) => (change.op === 'put' && change.entity === entity ? [change.value] : []));

describe('logging in and pulling', () => {
  it('the health check names the database it runs on', async () => {
    const health = await createApiClient(server.baseUrl).get('/api/health');
    expect(health.body).toEqual({ status: 'ok', db: server.db.kind });
  });

  it('a mother who logs in receives her family’s people, decisions and reasons, all valid', async () => {
    const { pull, changes } = await pullAs('naima');
    expect(z.safeParse(pullResponseSchema, pull.body).success).toBe(true);
    expect(pull.body).toMatchObject({ lastMutationId: 0, rejections: [], cursor: expect.any(String) });
    expect(changes[0]).toMatchObject({ op: 'put', entity: 'case' });
    for (const entity of ['involvement', 'decision', 'statement', 'member'] as const) {
      expect(valuesOf(changes, entity).length).toBeGreaterThan(0);
    }
    expect(valuesOf(changes, 'involvement').map((v) => (v as { id: string }).id)).toContain(
      demoIds.involvements.giNow,
    );
    for (const change of changes) {
      if (change.op !== 'put') continue;
      expect(z.safeParse(entitySchemas[change.entity], change.value).success, change.entity).toBe(true);
    }
  });

  it('a parent never receives the other parent’s address, phone or private perspective', async () => {
    const { pull } = await pullAs('naima');
    for (const text of [canary.address, canary.phone, canary.privateText])
      expect(pull.text).not.toContain(text);
    expect(pull.text).not.toContain(demoIds.perspectives.daanPrivate);
  });

  it('a parent receives their own private details and private perspective', async () => {
    const { pull } = await pullAs('daan');
    for (const text of [canary.address, canary.phone, canary.privateText]) expect(pull.text).toContain(text);
  });

  it('a parent does not receive a contact that is hidden from him', async () => {
    const { changes } = await pullAs('daan');
    const counsellor = valuesOf(changes, 'involvement').find(
      (v) => (v as { id: string }).id === demoIds.involvements.maatschappelijkWerk,
    );
    expect(counsellor).toBeDefined();
    expect(counsellor).not.toHaveProperty('contact');
    expect(counsellor).not.toHaveProperty('contactHiddenFrom');
  });

  it('“who am I” names the user and the member they are in their case', async () => {
    const { client } = await pullAs('sam');
    const me = await client.get('/api/auth/me');
    expect(z.safeParse(meResponseSchema, me.body).success).toBe(true);
    expect(me.body).toMatchObject({ memberships: [{ caseId: demoIds.case, memberId: demoIds.members.sam }] });
  });
});

describe('refusing', () => {
  it('a wrong password gets the same answer as an unknown user', async () => {
    const client = createApiClient(server.baseUrl);
    const wrong = await client.login('naima', 'not-the-password');
    const unknown = await client.login('nobody-here', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.text).toBe('{"error":"invalid-credentials"}');
    expect(unknown.text).toBe(wrong.text);
    expect(client.cookies.size).toBe(0);
  });

  it('a pull without a session is unauthenticated', async () => {
    const client = createApiClient(server.baseUrl);
    const pull = await client.post('/api/sync/pull', pullBody);
    expect(pull.status).toBe(401);
    expect(pull.body).toEqual({ error: 'unauthenticated' });
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('a pull with an unknown field is a bad request', async () => {
    const { client } = await pullAs('naima');
    const pull = await client.post('/api/sync/pull', { ...pullBody, extra: true });
    expect(pull.status).toBe(400);
    expect(pull.body).toEqual({ error: 'bad-request' });
  });
});

describe('sessions', () => {
  it('after logout the old session cookie no longer works and the browser is told to wipe', async () => {
    const { client } = await pullAs('naima');
    const oldCookies = new Map(client.cookies);
    const logout = await client.post('/api/auth/logout');
    expect(logout.status).toBe(204);
    expect(logout.headers.get('clear-site-data')).toBe('"cache", "cookies"');
    expect(client.cookies.size).toBe(0);
    for (const [name, value] of oldCookies) client.cookies.set(name, value);
    expect((await client.post('/api/sync/pull', pullBody)).status).toBe(401);
  });

  it('logging in again replaces the session that came with the request', async () => {
    const { client } = await pullAs('naima');
    const before = new Map(client.cookies);
    expect((await client.login('naima')).status).toBe(200);
    expect(client.cookies).not.toEqual(before);
    const stale = createApiClient(server.baseUrl);
    for (const [name, value] of before) stale.cookies.set(name, value);
    expect((await stale.get('/api/auth/me')).status).toBe(401);
  });

  it('the session cookie is HttpOnly, Secure, SameSite=Strict and host-only', async () => {
    const login = await createApiClient(server.baseUrl).login('daan');
    const cookie = login.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^__Host-gezien=[\w-]{43};/);
    for (const flag of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/']) expect(cookie).toContain(flag);
    expect(cookie).not.toMatch(/Domain=/i);
  });
});
