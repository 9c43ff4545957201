import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitation } from '../../src/server/auth/invitations';
import { demoIds } from '../../src/server/demo/demo-family';
import { createApiClient, startTestServer, type ApiClient, type TestServer } from '../setup/test-server';

// Invitations over real HTTP (SECURITY.md B1, B5): create, check the code, redeem once.
let server: TestServer;
let professional: ApiClient;
const invitationsUrl = `/api/cases/${demoIds.case}/invitations`;

beforeAll(async () => {
  server = await startTestServer();
  professional = createApiClient(server.baseUrl);
  expect((await professional.login('jeugdbeschermer')).status).toBe(200);
});
afterAll(() => server?.close());

async function invite(memberId: string) {
  const response = await professional.post(invitationsUrl, { memberId });
  expect(response.status).toBe(201);
  return response.body as { token: string; code: string; link: string; expiresAt: string };
}
const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

async function ticketFor(client: ApiClient, token: string, code: string) {
  const check = await client.post('/api/invitations/check', { token, code });
  expect(check.status).toBe(200);
  return (check.body as { ticket: string }).ticket;
}

describe('invitations', () => {
  it('carry a 192-bit link token in the URL fragment, a 6-digit code and a 7-day expiry', async () => {
    const before = Date.now();
    const invitation = await invite(demoIds.members.oma);
    expect(Buffer.from(invitation.token, 'base64url')).toHaveLength(24);
    expect(invitation.link).toMatch(new RegExp(`/welkom#t=${invitation.token}$`));
    expect(invitation.code).toMatch(/^\d{6}$/);
    const days = (Date.parse(invitation.expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7.01);
  });

  it('only a professional of the case may invite; a parent is refused and an outsider sees nothing', async () => {
    const parent = createApiClient(server.baseUrl);
    await parent.login('naima');
    expect((await parent.post(invitationsUrl, { memberId: demoIds.members.oma })).status).toBe(403);
    const anonymous = createApiClient(server.baseUrl);
    expect((await anonymous.post(invitationsUrl, { memberId: demoIds.members.oma })).status).toBe(401);
    const otherCase = `/api/cases/${crypto.randomUUID()}/invitations`;
    expect((await professional.post(otherCase, { memberId: demoIds.members.oma })).status).toBe(404);
  });

  it('a member who already has a login cannot be invited again', async () => {
    expect((await professional.post(invitationsUrl, { memberId: demoIds.members.naima })).status).toBe(400);
  });

  it('a 7-character password is refused, a common one too, and a pasted 64-character one is accepted', async () => {
    const { token, code } = await invite(demoIds.members.oma);
    const oma = createApiClient(server.baseUrl);
    const ticket = await ticketFor(oma, token, code);
    const redeem = (password: string) =>
      oma.post('/api/invitations/password', { ticket, username: 'oma-test', password });
    expect((await redeem('kort123')).body).toEqual({ error: 'password-too-short' });
    expect((await redeem('wachtwoord123')).body).toEqual({ error: 'password-too-common' });
    expect((await redeem('Password1')).body).toEqual({ error: 'password-too-common' });
    const long = 'een lange zin die oma makkelijk onthoudt, met 64 tekens erin!!!'.padEnd(64, '.');
    expect(long).toHaveLength(64);
    const done = await redeem(long);
    expect(done.status).toBe(200);
    expect((await oma.get('/api/auth/me')).body).toMatchObject({
      memberships: [{ caseId: demoIds.case, memberId: demoIds.members.oma }],
    });
    const stored = await server.storage.findUserByUsername('oma-test');
    expect(stored?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    const again = createApiClient(server.baseUrl);
    expect((await again.login('oma-test', long)).status).toBe(200);
  });

  it('an invitation used once is refused with 410 invitation-used, also with the right code', async () => {
    const { token, code } = await invite(demoIds.members.lina);
    const lina = createApiClient(server.baseUrl);
    const ticket = await ticketFor(lina, token, code);
    const password = 'lina heeft een eigen zin';
    expect(
      (await lina.post('/api/invitations/password', { ticket, username: 'lina-t', password })).status,
    ).toBe(200);
    const reuse = await createApiClient(server.baseUrl).post('/api/invitations/check', { token, code });
    expect(reuse.status).toBe(410);
    expect(reuse.body).toEqual({ error: 'invitation-used' });
    const ticketReuse = await createApiClient(server.baseUrl).post('/api/invitations/password', {
      ticket,
      username: 'lina-2',
      password,
    });
    expect(ticketReuse.status).toBe(401);
  });
});

describe('wrong codes', () => {
  it('the 6th code is refused and the invitation is dead, even with the right code', async () => {
    const fresh = await startTestServer();
    try {
      const pro = createApiClient(fresh.baseUrl);
      await pro.login('jeugdbeschermer');
      const { token, code } = (await pro.post(invitationsUrl, { memberId: demoIds.members.oma })).body as {
        token: string;
        code: string;
      };
      const guesser = createApiClient(fresh.baseUrl);
      const answers = [];
      for (let i = 0; i < 5; i++) {
        answers.push((await guesser.post('/api/invitations/check', { token, code: wrongCode(code) })).body);
      }
      expect(answers.slice(0, 4)).toEqual(Array(4).fill({ error: 'invitation-invalid' }));
      expect(answers[4]).toEqual({ error: 'invitation-expired' });
      const right = await createApiClient(fresh.baseUrl).post('/api/invitations/check', { token, code });
      expect(right.status).toBe(410);
      expect(right.body).toEqual({ error: 'invitation-expired' });
    } finally {
      await fresh.close();
    }
  });

  it('twenty guesses sent at once get no more than five tries between them', async () => {
    const { token, code } = await createInvitation(server.storage, {
      caseId: demoIds.case,
      memberId: demoIds.members.oma,
      createdBy: demoIds.users.jeugdbeschermer,
    });
    const guesses = Array.from({ length: 20 }, (_, i) =>
      String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'),
    );
    const client = createApiClient(server.baseUrl);
    const answers = await Promise.all(
      guesses.map((guess) => client.post('/api/invitations/check', { token, code: guess })),
    );
    expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(5);
    expect((await client.post('/api/invitations/check', { token, code })).status).toBe(410);
  });

  it('an unknown token gets the same answer as a wrong code', async () => {
    const { token, code } = await createInvitation(server.storage, {
      caseId: demoIds.case,
      memberId: demoIds.members.oma,
      createdBy: demoIds.users.jeugdbeschermer,
    });
    const client = createApiClient(server.baseUrl);
    const unknown = await client.post('/api/invitations/check', { token: 'A'.repeat(32), code });
    const wrong = await client.post('/api/invitations/check', { token, code: wrongCode(code) });
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.text).toBe(wrong.text);
  });
});
