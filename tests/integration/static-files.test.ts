import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/build/precompress';
import { createApiClient, startTestServer, type TestServer } from '../setup/test-server';

// The built PWA as the server hands it out, from a small stand-in build.
let server: TestServer;
let dist: string;
const BIG_SCRIPT = Array.from({ length: 400 }, (_, i) => `export const line${i} = 'Gezien ${i}';`).join('\n');

beforeAll(async () => {
  dist = await fs.mkdtemp(path.join(os.tmpdir(), 'gezien-dist-'));
  await fs.mkdir(path.join(dist, 'assets'));
  await fs.writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Gezien</title>');
  await fs.writeFile(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await fs.writeFile(path.join(dist, 'assets', 'app-1a2b3c.js'), 'console.log(1);');
  await fs.writeFile(path.join(dist, 'assets', 'big-4d5e6f.js'), BIG_SCRIPT);
  await precompress(dist);
  server = await startTestServer({ GEZIEN_DIST_DIR: dist });
});
afterAll(async () => {
  await server?.close();
  await fs.rm(dist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  createApiClient(server.baseUrl).get(url, headers);

describe('serving the app', () => {
  it('a client-side route gets the app shell, revalidated on every load', async () => {
    const page = await get('/besluiten/123');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Gezien</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('the service worker is revalidated and hashed assets are cached for good', async () => {
    expect((await get('/sw.js')).headers.get('cache-control')).toBe('no-cache');
    expect((await get('/assets/app-1a2b3c.js')).headers.get('cache-control')).toContain('immutable');
  });

  it("a big text file goes out as the build's brotli or gzip copy, as the browser accepts", async () => {
    const plain = await get('/assets/big-4d5e6f.js', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    for (const encoding of ['br', 'gzip']) {
      const packed = await get('/assets/big-4d5e6f.js', { 'accept-encoding': encoding });
      expect(packed.headers.get('content-encoding')).toBe(encoding);
      expect(packed.text).toBe(BIG_SCRIPT);
      expect(packed.headers.get('cache-control')).toContain('immutable');
    }
    // A tiny file is not worth a copy.
    await expect(fs.stat(path.join(dist, 'assets', 'app-1a2b3c.js.br'))).rejects.toThrow();
    expect((await fs.stat(path.join(dist, 'assets', 'big-4d5e6f.js.br'))).size).toBeLessThan(
      BIG_SCRIPT.length / 4,
    );
  });

  it('a missing file is a 404, not the app shell', async () => {
    const missing = await get('/assets/gone-000.js');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('<title>');
  });

  it('the API keeps answering JSON next to the app', async () => {
    const unknown = await get('/api/whatever');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'not-found' });
  });
});
