import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, startTestServer, type TestServer } from '../../setup/test-server';

// Issue 13 row 3: the CSRF gate is checked on the routed path, so an encoded spelling of /api
// cannot slip past it.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('csrf on the routed path', () => {
  it('a cross-site POST to a percent-encoded /api path is refused and ends no session', async () => {
    const other = createApiClient(server.baseUrl);
    await other.login('daan');
    const victim = createApiClient(server.baseUrl);
    await victim.login('daan');
    const attack = await victim.raw('POST', '/%61pi/sessions/end-others', {
      headers: { 'x-requested-with': 'gezien', origin: 'https://evil.example' },
    });
    const noHeader = await victim.raw('POST', '/%61pi/sessions/end-others', {});
    expect([attack.status, noHeader.status]).toEqual([403, 403]);
    expect(attack.body).toEqual({ error: 'csrf' });
    expect((await other.get('/api/auth/me')).status).toBe(200);
  });

  it('an encoded path to /api still answers no-store', async () => {
    const response = await createApiClient(server.baseUrl).get('/%61pi/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
