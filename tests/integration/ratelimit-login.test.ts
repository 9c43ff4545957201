import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPasswordCostForTests } from '../../src/server/auth/password';
import { createApiClient, startTestServer, type TestServer } from '../setup/test-server';

// Failure limits with a 4-second window (SECURITY.md B2): 429 with Retry-After, then recovery.
// A lower scrypt cost keeps each window's attempts well inside it on a busy machine.
let server: TestServer;
const WINDOW_MS = 4000;

beforeAll(async () => {
  setPasswordCostForTests(2 ** 12);
  server = await startTestServer({
    GEZIEN_ABUSE_WINDOW_SECONDS: '4',
    GEZIEN_ACCOUNT_FAILURES_PER_WINDOW: '3',
    GEZIEN_IP_FAILURES_PER_WINDOW: '6',
    GEZIEN_LOGIN_LIMIT_PER_MINUTE: '1000',
  });
});
afterAll(() => server?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('login failure limits', () => {
  it('after 3 wrong passwords from one address that username waits there (429 with Retry-After), even with the right one, and recovers', async () => {
    const attacker = createApiClient(server.baseUrl);
    for (let i = 0; i < 3; i++) expect((await attacker.login('daan', `fout-${i}`)).status).toBe(401);
    const blocked = await attacker.login('daan', 'gezien-demo');
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({ error: 'rate-limited' });
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(4);
    await sleep(WINDOW_MS + 100);
    expect((await createApiClient(server.baseUrl).login('daan')).status).toBe(200);
  });

  it('an unknown username is limited exactly like a known one', async () => {
    const client = createApiClient(server.baseUrl);
    for (let i = 0; i < 3; i++) await client.login('niemand-bekend', 'fout');
    const blocked = await client.login('niemand-bekend', 'fout');
    expect(blocked.status).toBe(429);
    await sleep(WINDOW_MS + 100);
  });

  it('one address that guesses many usernames is stopped by the address limit', async () => {
    const client = createApiClient(server.baseUrl);
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await client.login(`gebruiker-${i}`, 'fout')).status);
    expect(statuses.slice(0, 6)).toEqual(Array(6).fill(401));
    expect(statuses[6]).toBe(429);
    await sleep(WINDOW_MS + 100);
  });

  it('the passkey login keeps answering while the password login is blocked', async () => {
    const client = createApiClient(server.baseUrl);
    for (let i = 0; i < 4; i++) await client.login('sam', 'fout');
    expect((await client.login('sam')).status).toBe(429);
    const options = await client.post('/api/auth/passkey/options', {});
    expect(options.status).toBe(200);
    expect(options.body).toMatchObject({ challenge: expect.any(String), userVerification: 'required' });
  });
});

describe('invitation code limits', () => {
  it('one address guessing codes for many links is stopped and recovers after the window', async () => {
    await sleep(WINDOW_MS + 100);
    const client = createApiClient(server.baseUrl);
    const statuses = [];
    for (let i = 0; i < 7; i++) {
      const token = `onbekend-token-${i}`.padEnd(32, 'x');
      statuses.push((await client.post('/api/invitations/check', { token, code: '123456' })).status);
    }
    expect(statuses.slice(0, 6)).toEqual(Array(6).fill(401));
    expect(statuses[6]).toBe(429);
    await sleep(WINDOW_MS + 100);
    const after = await client.post('/api/invitations/check', { token: 'x'.repeat(32), code: '123456' });
    expect(after.status).toBe(401);
  });
});
