import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, startTestServer, type TestServer } from '../../setup/test-server';

// Issue 13 row 9: a URL that cannot be decoded gets our own 400, with the security headers and
// without the path echoed back.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('malformed URLs', () => {
  it.each(['/%ff', '/api/%ff<script>', '/api/sessions/%E0%A4%A'])(
    '%s is a bad request with security headers and no echo',
    async (path) => {
      const response = await createApiClient(server.baseUrl).get(path);
      expect(response.status).toBe(400);
      expect(response.text).toBe('{"error":"bad-request"}');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );
});
