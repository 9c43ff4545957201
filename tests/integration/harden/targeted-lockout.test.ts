import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPasswordCostForTests } from '../../../src/server/auth/password';
import { loginFrom } from '../../setup/from-address';
import { startTestServer, type TestServer } from '../../setup/test-server';

// Issue 13 row 7: wrong passwords for someone else's username slow down the guesser's address
// with growing delays; they never lock the real owner out, who is told at the next login how
// many wrong passwords there were.
let server: TestServer;
beforeAll(async () => {
  setPasswordCostForTests(2 ** 12);
  server = await startTestServer({
    GEZIEN_ACCOUNT_FAILURES_PER_WINDOW: '3',
    GEZIEN_IP_FAILURES_PER_WINDOW: '1000',
    GEZIEN_LOGIN_LIMIT_PER_MINUTE: '1000',
  });
});
afterAll(() => server?.close());

const ATTACKER = '127.0.0.2';
const OWNER = '127.0.0.3';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('wrong passwords for someone else’s username', () => {
  it('slow the guesser down with growing delays and do not lock the owner out, who hears how many there were', async () => {
    const tries = [];
    for (let i = 0; i < 5; i++) tries.push(await loginFrom(server.baseUrl, ATTACKER, 'daan', `fout-${i}`));
    expect(tries.map((t) => t.status)).toEqual([401, 401, 401, 429, 429]);
    expect(tries[3]!.retryAfter).toBe(1);

    await sleep(1100);
    expect((await loginFrom(server.baseUrl, ATTACKER, 'daan', 'fout-4')).status).toBe(401);
    const longer = await loginFrom(server.baseUrl, ATTACKER, 'daan', 'fout-5');
    expect(longer.status).toBe(429);
    expect(longer.retryAfter).toBe(2);

    const owner = await loginFrom(server.baseUrl, OWNER, 'daan', 'gezien-demo');
    expect(owner.status).toBe(200);
    expect(owner.body).toMatchObject({ failedLogins: 4 });
    const again = await loginFrom(server.baseUrl, OWNER, 'daan', 'gezien-demo');
    expect(again.body).toMatchObject({ failedLogins: 0 });
  });
});
