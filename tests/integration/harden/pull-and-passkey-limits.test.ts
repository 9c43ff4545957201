import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, startTestServer, type TestServer } from '../../setup/test-server';

// Issue 13 row 14: pulls and WebAuthn options are limited per address per minute (429 with
// Retry-After), like logins.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    GEZIEN_PULL_LIMIT_PER_MINUTE: '3',
    GEZIEN_PASSKEY_OPTIONS_LIMIT_PER_MINUTE: '2',
  });
});
afterAll(() => server?.close());

const pullBody = { protocolVersion: 1, clientId: 'limit-test-client', cursor: null };

describe('request limits', () => {
  it('the fourth pull in a minute from one address is refused with Retry-After', async () => {
    const sam = createApiClient(server.baseUrl);
    await sam.login('sam');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await sam.post('/api/sync/pull', pullBody)).status);
    const refused = await sam.post('/api/sync/pull', pullBody);
    expect(statuses).toEqual([200, 200, 200]);
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: 'rate-limited' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('passkey options, for logging in and for adding a passkey, are limited too', async () => {
    const client = createApiClient(server.baseUrl);
    const login = [];
    for (let i = 0; i < 3; i++) login.push((await client.post('/api/auth/passkey/options', {})).status);
    expect(login).toEqual([200, 200, 429]);
    await client.login('daan');
    const adding = [];
    for (let i = 0; i < 3; i++) adding.push((await client.post('/api/passkeys/options', {})).status);
    expect(adding).toEqual([200, 200, 429]);
  });
});
