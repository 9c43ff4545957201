import path from 'node:path';
import { buildApp, type BuildAppOptions } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { seedDemoIfEmpty } from '../../src/server/demo/seed-demo';
import { openStorage } from '../../src/server/storage/open-storage';
import type { Storage } from '../../src/server/storage/storage';
import { createTestDatabase, type TestDatabase } from './test-db';

/**
 * The real server on a random port over a fresh test database (SQLite, or PostgreSQL under the
 * `pg` project), seeded with the demo family, for tests that talk real HTTP to it. `storage` lets a
 * test plant extra rows; `close()` stops the server and drops the database.
 */
export interface TestServer {
  baseUrl: string;
  storage: Storage;
  db: TestDatabase;
  close(): Promise<void>;
}

export const DEMO_PASSWORD = 'gezien-demo';

export async function startTestServer(
  env: Record<string, string> = {},
  options: Pick<BuildAppOptions, 'sendPush'> = {},
): Promise<TestServer> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    GEZIEN_DATA_DIR: db.target.dataDir,
    // No built client in tests: the API alone answers.
    GEZIEN_DIST_DIR: path.join(db.target.dataDir, 'no-dist'),
    // Every test client shares 127.0.0.1: per-address limits are tested on their own (tests/integration/harden).
    GEZIEN_PULL_LIMIT_PER_MINUTE: '100000',
    GEZIEN_PASSKEY_OPTIONS_LIMIT_PER_MINUTE: '100000',
    GEZIEN_ACCOUNT_FAILURES_PER_WINDOW: '100',
    ...(db.target.databaseUrl ? { DATABASE_URL: db.target.databaseUrl } : {}),
    ...env,
  });
  const storage = await openStorage(config);
  await seedDemoIfEmpty(storage, DEMO_PASSWORD);
  const app = await buildApp({ config, storage, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    storage,
    db,
    async close() {
      await app.close();
      await storage.close();
      await db.drop();
    },
  };
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when there is none. */
  body: unknown;
}

/**
 * A tiny browser stand-in: keeps the cookies the server sets (it ignores Secure: tests run on
 * http://127.0.0.1, as browsers allow for localhost) and sends the CSRF header unless told not to.
 */
export function createApiClient(baseUrl: string) {
  const cookies = new Map<string, string>();
  async function request(
    method: string,
    url: string,
    init: { body?: string; headers?: Record<string, string> } = {},
  ) {
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(baseUrl + url, {
      method,
      body: init.body,
      headers: { ...(cookie ? { cookie } : {}), ...init.headers },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired || value === '') cookies.delete(name.trim());
      else cookies.set(name.trim(), value);
    }
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: isJson ? JSON.parse(text) : undefined,
    };
  }
  const csrf = { 'x-requested-with': 'gezien' };
  return {
    cookies,
    get: (url: string, headers: Record<string, string> = {}): Promise<ApiResponse> =>
      request('GET', url, { headers }),
    post: (url: string, body?: unknown, headers: Record<string, string> = csrf): Promise<ApiResponse> =>
      request('POST', url, {
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      }),
    raw: request,
    login: (username: string, password = DEMO_PASSWORD) =>
      request('POST', '/api/auth/login', {
        body: JSON.stringify({ username, password }),
        headers: { 'content-type': 'application/json', ...csrf },
      }),
  };
}
export type ApiClient = ReturnType<typeof createApiClient>;
