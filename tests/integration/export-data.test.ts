import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSchema } from '../../src/shared/api/export';
import { loginAs } from '../factories/matrix-run';
import { hiddenCanaries, seedTwoCases, type TwoCases } from '../factories/two-cases';
import { startTestServer, type TestServer } from '../setup/test-server';

// SECURITY.md F2: a person's own data, machine-readable, with other people's private data left out.
let server: TestServer;
let fixture: TwoCases;
beforeAll(async () => {
  server = await startTestServer({ GEZIEN_LOGIN_LIMIT_PER_MINUTE: '10000' });
  fixture = await seedTwoCases(server.storage);
});
afterAll(() => server?.close());

describe('the personal export', () => {
  it('parent A gets valid JSON of their own data, with none of parent B’s canaries, as a download', async () => {
    const parentA = await loginAs(server.baseUrl, 'parentA');
    const response = await parentA.get('/api/me/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="gezien-export\.json"$/,
    );
    const exported = z.parse(exportSchema, JSON.parse(response.text));
    expect(exported.user.id).toBe(fixture.users.parentA);
    const own = exported.cases[0]!.data.member!.find(
      (m) => (m as { id: string }).id === fixture.members.parentA.id,
    );
    expect(own).toMatchObject({ address: 'ADDR-CANARY-A' });
    expect(response.text).toContain('PRIVATE-CANARY-A');
    for (const canary of ['ADDR-CANARY-B', 'PHONE-CANARY-B', 'PRIVATE-CANARY-B', 'REASON-CANARY-WITHHELD']) {
      expect(response.text).not.toContain(canary);
    }
    for (const canary of hiddenCanaries('parentA')) expect(response.text).not.toContain(canary);
    expect(exported.sessions.length).toBe(1);
  });

  it('the export is logged as an export by that person', async () => {
    const records = await server.storage.listAuditRecords({ actorUserId: fixture.users.parentA });
    expect(records.map((r) => r.action)).toContain('export');
  });

  it('without a session there is no export', async () => {
    const response = await (await loginAs(server.baseUrl, 'anonymous')).get('/api/me/export');
    expect(response.status).toBe(401);
  });
});
