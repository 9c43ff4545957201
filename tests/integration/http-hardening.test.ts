import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routePolicies } from '../../src/server/policy/route-policy';
import { createApiClient, startTestServer, type ApiResponse, type TestServer } from '../setup/test-server';

// What every API answer carries, and how requests that are not ours are turned away.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const client = () => createApiClient(server.baseUrl);
const json = { 'content-type': 'application/json' };
const csrf = { 'x-requested-with': 'gezien' };
const pullBody = { protocolVersion: 1, clientId: 'test-client-2', cursor: null };

function expectNoInternals(response: ApiResponse) {
  expect(response.text).not.toMatch(/stack|at \w+ \(|node_modules|Error:|SQL|sqlite|FST_/i);
}

describe('cross-site requests', () => {
  it('a POST without the X-Requested-With header is refused as csrf', async () => {
    const response = await client().post(
      '/api/auth/login',
      { username: 'naima', password: 'gezien-demo' },
      json,
    );
    expect(response.status).toBe(403);
    expect(response.body).toEqual({ error: 'csrf' });
  });

  it('a POST from another site is refused even with the header', async () => {
    const crossSite = await client().post('/api/sync/pull', pullBody, {
      ...csrf,
      'sec-fetch-site': 'cross-site',
    });
    const otherOrigin = await client().post('/api/sync/pull', pullBody, {
      ...csrf,
      origin: 'https://evil.example',
    });
    expect([crossSite.status, otherOrigin.status]).toEqual([403, 403]);
    expect(otherOrigin.body).toEqual({ error: 'csrf' });
  });

  it('a POST from our own origin passes the csrf gate', async () => {
    const origin = server.baseUrl;
    const response = await client().post('/api/sync/pull', pullBody, {
      ...csrf,
      origin,
      'sec-fetch-site': 'same-origin',
    });
    expect(response.body).toEqual({ error: 'unauthenticated' });
  });
});

describe('errors', () => {
  it('malformed JSON is a bad request without any internals', async () => {
    const response = await client().raw('POST', '/api/auth/login', {
      body: '{"username":',
      headers: { ...json, ...csrf },
    });
    expect(response.status).toBe(400);
    expect(response.text).toBe('{"error":"bad-request"}');
    expectNoInternals(response);
  });

  it('a login with an extra field is a bad request', async () => {
    const body = { username: 'naima', password: 'gezien-demo', role: 'professional' };
    const response = await client().post('/api/auth/login', body);
    expect(response.status).toBe(400);
  });

  it('an unknown API route is a JSON not-found, for GET and POST', async () => {
    const get = await client().get('/api/nope');
    const post = await client().post('/api/nope', {});
    for (const response of [get, post]) {
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ error: 'not-found' });
    }
  });

  it('a body over 64 KiB is refused as too large', async () => {
    const response = await client().post('/api/auth/login', {
      username: 'naima',
      password: 'x'.repeat(70_000),
    });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ error: 'payload-too-large' });
  });
});

describe('login attempts', () => {
  it('too many logins from one address in a minute are refused as rate-limited', async () => {
    const limited = await startTestServer({ GEZIEN_LOGIN_LIMIT_PER_MINUTE: '2' });
    try {
      const api = createApiClient(limited.baseUrl);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await api.login('naima', 'wrong-password')).status);
      expect(statuses).toEqual([401, 401, 429]);
      const refused = await api.login('naima');
      expect(refused.body).toEqual({ error: 'rate-limited' });
      expect(refused.headers.get('cache-control')).toBe('no-store');
    } finally {
      await limited.close();
    }
  });
});

describe('headers', () => {
  it('every API answer, errors included, is no-store and carries the strict security headers', async () => {
    const responses = [
      await client().get('/api/health'),
      await client().get('/api/auth/me'),
      await client().get('/api/unknown'),
      await client().post('/api/auth/login', {}, json),
      await client().raw('POST', '/api/auth/login', { body: '{', headers: { ...json, ...csrf } }),
      await client().login('naima'),
    ];
    for (const { headers, status } of responses) {
      expect(headers.get('cache-control'), `status ${status}`).toBe('no-store');
      const csp = headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
      ]) {
        expect(csp).toContain(directive);
      }
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

describe('headers on every route of the table (C5)', () => {
  const expectStrictHeaders = (headers: Headers, label: string) => {
    expect(headers.get('cache-control'), label).toBe('no-store');
    const csp = headers.get('content-security-policy') ?? '';
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(csp, label).toContain(directive);
    }
    expect(csp, label).not.toContain('unsafe-inline');
    expect(headers.get('strict-transport-security'), label).toMatch(/max-age=31536000/);
    expect(headers.get('x-content-type-options'), label).toBe('nosniff');
    expect(headers.get('referrer-policy'), label).toBe('no-referrer');
  };

  it('every API route, answered without a session, carries them', async () => {
    for (const policy of routePolicies.filter((p) => p.url.startsWith('/api/'))) {
      const path = policy.url
        .replace(':caseId', randomUUID())
        .replace(':memberId', randomUUID())
        .replace(':id', 'A'.repeat(22));
      if (policy.url === '/api/sync/events') continue; // an event stream; its headers are tested with pokes
      const response = await client().raw(policy.method, path, {
        body: policy.method === 'GET' || policy.method === 'DELETE' ? undefined : '{}',
        headers: { ...json, ...csrf },
      });
      expect(response.status, `${policy.method} ${path}`).toBeLessThan(500);
      expectStrictHeaders(response.headers, `${policy.method} ${path} → ${response.status}`);
    }
  });

  it('a forced server error carries them too, with a generic body', async () => {
    const broken = await startTestServer();
    try {
      const api = createApiClient(broken.baseUrl);
      await api.login('naima');
      // The database goes away under the running server: the next request fails inside.
      await broken.storage.close();
      const response = await api.get('/api/auth/me');
      expect(response.status).toBe(500);
      expect(response.text).toBe('{"error":"internal"}');
      expectStrictHeaders(response.headers, 'forced 500');
    } finally {
      await broken.close().catch(() => undefined);
    }
  });
});
