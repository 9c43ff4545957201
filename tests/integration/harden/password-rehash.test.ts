import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPasswordCostForTests } from '../../../src/server/auth/password';
import { createApiClient, startTestServer, type TestServer } from '../../setup/test-server';

// Issue 13 row 13: a password hash made with weaker scrypt parameters than the current ones is
// replaced at the next successful login (here the cost goes from 2^12 to 2^13 between the two).
let server: TestServer;
beforeAll(async () => {
  setPasswordCostForTests(2 ** 12);
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  setPasswordCostForTests(2 ** 15);
});

const hashOf = async (username: string) => (await server.storage.findUserByUsername(username))!.passwordHash;

describe('a password hash with old parameters', () => {
  it('is made again with the current ones at the next login, and the password still works', async () => {
    expect(await hashOf('daan')).toMatch(/^scrypt\$4096\$8\$1\$/);
    setPasswordCostForTests(2 ** 13);
    expect((await createApiClient(server.baseUrl).login('daan', 'fout-wachtwoord')).status).toBe(401);
    expect(await hashOf('daan')).toMatch(/^scrypt\$4096\$/);
    expect((await createApiClient(server.baseUrl).login('daan')).status).toBe(200);
    expect(await hashOf('daan')).toMatch(/^scrypt\$8192\$8\$1\$/);
    expect((await createApiClient(server.baseUrl).login('daan')).status).toBe(200);
  });
});
