import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../src/server/auth/sessions';
import { SESSION_COOKIE } from '../../../src/server/auth/session-cookie';
import { BACKGROUND_HEADER } from '../../../src/shared/api/auth';
import { createApiClient, startTestServer, type ApiClient, type TestServer } from '../../setup/test-server';

// Issue 13 row 6: only a person's actions extend a session. Requests the app makes on its own
// (pulls while nobody touches the screen, the poke stream) leave the idle clock running.
// Idle limit 2 minutes; time passes by moving the session's last activity back.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ GEZIEN_SESSION_PRO_IDLE_MINUTES: '2' });
});
afterAll(() => server?.close());

async function loggedInPro(): Promise<ApiClient> {
  const pro = createApiClient(server.baseUrl);
  expect((await pro.login('jeugdbeschermer')).status).toBe(200);
  return pro;
}

async function letTimePass(client: ApiClient, seconds: number) {
  const idHash = hashToken(client.cookies.get(SESSION_COOKIE)!);
  const session = (await server.storage.findSession(idHash))!;
  const earlier = new Date(Date.parse(session.lastSeenAt) - seconds * 1000).toISOString();
  await server.storage.touchSession(idHash, earlier);
}

const pullBody = { protocolVersion: 1, clientId: 'idle-test-client', cursor: null };
const background = { 'x-requested-with': 'gezien', [BACKGROUND_HEADER]: '1' };

describe('the idle timeout', () => {
  it('fires while the app keeps pulling in the background', async () => {
    const pro = await loggedInPro();
    await letTimePass(pro, 90);
    expect((await pro.post('/api/sync/pull', pullBody, background)).status).toBe(200);
    await letTimePass(pro, 45);
    expect((await pro.post('/api/sync/pull', pullBody, background)).status).toBe(401);
    expect((await pro.get('/api/auth/me')).status).toBe(401);
  });

  it('is pushed back by a person’s action', async () => {
    const pro = await loggedInPro();
    await letTimePass(pro, 90);
    expect((await pro.get('/api/sessions')).status).toBe(200);
    await letTimePass(pro, 45);
    expect((await pro.post('/api/sync/pull', pullBody, background)).status).toBe(200);
  });
});
