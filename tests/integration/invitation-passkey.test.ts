import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitation } from '../../src/server/auth/invitations';
import {
  authenticationOptions,
  CHALLENGE_TTL_MS,
  verifyAuthentication,
} from '../../src/server/auth/webauthn';
import { demoIds } from '../../src/server/demo/demo-family';
import { ApiError } from '../../src/server/http/api-error';
import { SoftAuthenticator } from '../setup/soft-authenticator';
import { createApiClient, startTestServer, type ApiClient, type TestServer } from '../setup/test-server';

// Passkeys over real HTTP with a software authenticator (SECURITY.md B4): registration while
// redeeming an invitation, login, and the refusals: replay, expired challenge, wrong origin,
// no user verification, a counter that did not grow.
let server: TestServer;
let passkey: SoftAuthenticator;

beforeAll(async () => {
  server = await startTestServer();
  passkey = new SoftAuthenticator(server.baseUrl);
});
afterAll(() => server?.close());

const challengeOf = (response: { body: unknown }) => response.body as { challenge: string };

async function loginOptions(client: ApiClient) {
  const options = await client.post('/api/auth/passkey/options', {});
  expect(options.status).toBe(200);
  return challengeOf(options);
}

describe('passkeys', () => {
  it('a member redeems her invitation with a passkey and is logged in; the invitation is then used', async () => {
    const { token, code } = await createInvitation(server.storage, {
      caseId: demoIds.case,
      memberId: demoIds.members.oma,
      createdBy: demoIds.users.jeugdbeschermer,
    });
    const oma = createApiClient(server.baseUrl);
    const { ticket } = (await oma.post('/api/invitations/check', { token, code })).body as { ticket: string };
    const options = await oma.post('/api/invitations/passkey/options', { ticket });
    expect(options.body).toMatchObject({
      authenticatorSelection: { userVerification: 'required', residentKey: 'required' },
    });
    const verify = await oma.post('/api/invitations/passkey/verify', {
      ticket,
      response: passkey.register(challengeOf(options)),
    });
    expect(verify.status).toBe(200);
    expect((await oma.get('/api/auth/me')).body).toMatchObject({
      memberships: [{ memberId: demoIds.members.oma }],
    });
    expect(
      (await createApiClient(server.baseUrl).post('/api/invitations/check', { token, code })).status,
    ).toBe(410);
  });

  it('logs in with the passkey like a password login: a session cookie', async () => {
    const client = createApiClient(server.baseUrl);
    const verify = await client.post('/api/auth/passkey/verify', {
      response: passkey.authenticate(await loginOptions(client)),
    });
    expect(verify.status).toBe(200);
    expect(verify.headers.get('set-cookie')).toMatch(/^__Host-gezien=.+HttpOnly.*Secure.*SameSite=Strict/i);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses the same assertion sent twice', async () => {
    const client = createApiClient(server.baseUrl);
    const response = passkey.authenticate(await loginOptions(client));
    expect((await client.post('/api/auth/passkey/verify', { response })).status).toBe(200);
    const replay = await createApiClient(server.baseUrl).post('/api/auth/passkey/verify', { response });
    expect(replay.status).toBe(401);
    expect(replay.body).toEqual({ error: 'passkey-failed' });
  });

  it('refuses an assertion made for another origin', async () => {
    const client = createApiClient(server.baseUrl);
    const response = passkey.authenticate(await loginOptions(client), {
      origin: 'https://gezien.evil.example',
    });
    expect((await client.post('/api/auth/passkey/verify', { response })).body).toEqual({
      error: 'passkey-failed',
    });
  });

  it('refuses an assertion without user verification', async () => {
    const client = createApiClient(server.baseUrl);
    const response = passkey.authenticate(await loginOptions(client), { userVerified: false });
    expect((await client.post('/api/auth/passkey/verify', { response })).status).toBe(401);
  });

  it('refuses a signature counter that did not grow (a cloned passkey)', async () => {
    const client = createApiClient(server.baseUrl);
    const response = passkey.authenticate(await loginOptions(client), { counter: 1 });
    expect((await client.post('/api/auth/passkey/verify', { response })).status).toBe(401);
  });

  it('refuses a challenge older than 5 minutes (clock-controlled)', async () => {
    const issued = new Date('2025-03-01T08:00:00Z');
    const rp = { rpID: new URL(server.baseUrl).hostname, origins: [server.baseUrl] };
    const late = await authenticationOptions(server.storage, rp, issued);
    const expired = verifyAuthentication(
      server.storage,
      rp,
      passkey.authenticate(late),
      new Date(issued.getTime() + CHALLENGE_TTL_MS),
    );
    await expect(expired).rejects.toBeInstanceOf(ApiError);
    const fresh = await authenticationOptions(server.storage, rp, issued);
    const inTime = new Date(issued.getTime() + CHALLENGE_TTL_MS - 1000);
    expect(await verifyAuthentication(server.storage, rp, passkey.authenticate(fresh), inTime)).toBeTruthy();
  });

  it('refuses a response whose challenge the server never gave out', async () => {
    const client = createApiClient(server.baseUrl);
    const response = passkey.authenticate({ challenge: 'bWFkZS11cC1jaGFsbGVuZ2UtMTIzNDU2Nzg5MA' });
    expect((await client.post('/api/auth/passkey/verify', { response })).status).toBe(401);
  });

  it('a logged-in professional adds a passkey to her account and then logs in with it', async () => {
    const pro = createApiClient(server.baseUrl);
    await pro.login('jeugdbeschermer');
    const key = new SoftAuthenticator(server.baseUrl);
    const options = await pro.post('/api/passkeys/options', {});
    expect((await pro.post('/api/passkeys', { response: key.register(challengeOf(options)) })).status).toBe(
      204,
    );
    // A registration challenge is bound to the user who asked for it: it cannot be used again.
    const again = await pro.post('/api/passkeys', { response: key.register(challengeOf(options)) });
    expect(again.status).toBe(401);
    const client = createApiClient(server.baseUrl);
    const login = await client.post('/api/auth/passkey/verify', {
      response: key.authenticate(await loginOptions(client)),
    });
    expect(login.body).toEqual({
      user: { id: demoIds.users.jeugdbeschermer, kind: 'professional' },
      failedLogins: 0,
    });
  });
});
