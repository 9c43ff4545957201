import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../src/server/demo/demo-family';
import { createApiClient, startTestServer, type TestServer } from '../setup/test-server';

// "Waar ben ik ingelogd" over real HTTP (SECURITY.md C1, C3).
let server: TestServer;
const phone = {
  'user-agent': 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/129.0 Mobile',
};
const laptop = {
  'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0',
};

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function loginAs(username: string, headers: Record<string, string>) {
  const client = createApiClient(server.baseUrl);
  const response = await client.raw('POST', '/api/auth/login', {
    body: JSON.stringify({ username, password: 'gezien-demo' }),
    headers: { 'content-type': 'application/json', 'x-requested-with': 'gezien', ...headers },
  });
  expect(response.status).toBe(200);
  return client;
}
type Listed = { sessions: { id: string; device: string; current: boolean; createdAt: string }[] };

describe('sessions', () => {
  it('a person sees each place they are logged in, with a device label and the current one marked', async () => {
    const onPhone = await loginAs('daan', phone);
    await loginAs('daan', laptop);
    const list = (await onPhone.get('/api/sessions')).body as Listed;
    expect(list.sessions).toHaveLength(2);
    expect(list.sessions.map((s) => s.device).sort()).toEqual(['Chrome · Android', 'Firefox · Windows']);
    expect(list.sessions.filter((s) => s.current)).toEqual([
      expect.objectContaining({ device: 'Chrome · Android' }),
    ]);
    const text = JSON.stringify(list);
    expect(text).not.toContain(onPhone.cookies.get('__Host-gezien'));
  });

  it('ending one session logs that device out and leaves the others', async () => {
    const onPhone = await loginAs('sam', phone);
    const onLaptop = await loginAs('sam', laptop);
    const list = (await onPhone.get('/api/sessions')).body as Listed;
    const other = list.sessions.find((s) => !s.current)!;
    const ended = await onPhone.raw('DELETE', `/api/sessions/${other.id}`, {
      headers: { 'x-requested-with': 'gezien' },
    });
    expect(ended.status).toBe(204);
    expect((await onLaptop.get('/api/auth/me')).status).toBe(401);
    expect((await onPhone.get('/api/auth/me')).status).toBe(200);
  });

  it('nobody can end another person’s session by its id', async () => {
    const naima = await loginAs('naima', phone);
    const daan = await loginAs('daan', phone);
    const naimaId = ((await naima.get('/api/sessions')).body as Listed).sessions[0]!.id;
    const attempt = await daan.raw('DELETE', `/api/sessions/${naimaId}`, {
      headers: { 'x-requested-with': 'gezien' },
    });
    expect(attempt.status).toBe(404);
    expect((await naima.get('/api/auth/me')).status).toBe(200);
  });

  it('ending all other sessions keeps only this one', async () => {
    const a = await loginAs('jeugdbeschermer', laptop);
    const b = await loginAs('jeugdbeschermer', phone);
    const c = await loginAs('jeugdbeschermer', phone);
    expect((await c.post('/api/sessions/end-others', {})).body).toMatchObject({ ended: expect.any(Number) });
    expect((await a.get('/api/auth/me')).status).toBe(401);
    expect((await b.get('/api/auth/me')).status).toBe(401);
    expect(((await c.get('/api/sessions')).body as Listed).sessions).toHaveLength(1);
  });

  it('disabling an account ends all its sessions at once', async () => {
    const naima = await loginAs('naima', laptop);
    await server.storage.setUserDisabled(demoIds.users.naima, true);
    expect(await server.storage.listSessionsForUser(demoIds.users.naima)).toEqual([]);
    expect((await naima.get('/api/auth/me')).status).toBe(401);
    const again = createApiClient(server.baseUrl);
    expect((await again.login('naima')).body).toEqual({ error: 'invalid-credentials' });
    await server.storage.setUserDisabled(demoIds.users.naima, false);
  });

  it('a login rotates the session: the cookie that came with it stops working', async () => {
    const client = await loginAs('daan', phone);
    const before = client.cookies.get('__Host-gezien');
    expect((await client.login('daan')).status).toBe(200);
    const after = client.cookies.get('__Host-gezien');
    expect(after).not.toBe(before);
    const old = createApiClient(server.baseUrl);
    old.cookies.set('__Host-gezien', before!);
    expect((await old.get('/api/auth/me')).status).toBe(401);
  });

  it('a professional of the case ends all sessions of a family member; a parent and an outsider cannot', async () => {
    const sam = await loginAs('sam', phone);
    const url = `/api/cases/${demoIds.case}/members/${demoIds.members.sam}/end-sessions`;
    const naima = await loginAs('naima', laptop);
    expect((await naima.post(url, {})).status).toBe(403);
    expect((await sam.get('/api/auth/me')).status).toBe(200);
    const pro = await loginAs('jeugdbeschermer', laptop);
    const otherCase = `/api/cases/${crypto.randomUUID()}/members/${demoIds.members.sam}/end-sessions`;
    expect((await pro.post(otherCase, {})).status).toBe(404);
    const ended = await pro.post(url, {});
    expect(ended.status).toBe(200);
    expect((ended.body as { ended: number }).ended).toBeGreaterThanOrEqual(1);
    expect((await sam.get('/api/auth/me')).status).toBe(401);
    const self = `/api/cases/${demoIds.case}/members/${demoIds.members.jeugdbeschermer}/end-sessions`;
    expect((await pro.post(self, {})).status).toBe(403);
  });
});
