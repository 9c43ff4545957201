import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../../src/server/demo/demo-family';
import { createApiClient, startTestServer, type TestServer } from '../../setup/test-server';
import { connectClient } from '../sync-helpers';

// Issue 13 rows 4 and 11: who the access log says acted comes from the login, never from case data
// a professional can edit; a reply is logged as what it is, a new row.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    GEZIEN_LOGIN_LIMIT_PER_MINUTE: '10000',
    GEZIEN_AUDIT_READ_WINDOW_SECONDS: '0',
  });
});
afterAll(() => server?.close());

const OWN_ORGANISATION = 'Jeugdbescherming Rijnhove';
const proRecords = async () =>
  (await server.storage.listAuditRecords({})).filter((r) => r.actorUserId === demoIds.users.jeugdbeschermer);

describe('the organisation in the access log', () => {
  it('comes from the professional’s account, even after they put their name on another organisation’s involvement', async () => {
    const pro = await connectClient(server.baseUrl, 'jeugdbeschermer');
    await pro.pull();
    const raad = pro.rows.get(`involvement:${demoIds.involvements.raad}`) as Record<string, unknown>;
    await pro.mutate('involvement.put', { value: { ...raad, personName: 'Joyce Bakker' } });
    const before = (await proRecords()).length;
    await pro.api.get(`/api/cases/${demoIds.case}/access-log`);
    await pro.pull();
    const after = (await proRecords()).slice(before);
    expect(after.map((r) => r.basis)).toEqual([
      expect.stringContaining('access-log'),
      expect.stringContaining('/api/sync/pull'),
    ]);
    for (const record of after) expect(record.actorOrganisation).toBe(OWN_ORGANISATION);
  });

  it('is the account’s organisation on routes outside any case too', async () => {
    const pro = createApiClient(server.baseUrl);
    await pro.login('jeugdbeschermer');
    const before = (await proRecords()).length;
    await pro.get('/api/auth/me');
    await pro.get('/api/sessions');
    await pro.get('/api/me/export');
    const after = (await proRecords()).slice(before);
    expect(after.length).toBeGreaterThanOrEqual(3);
    for (const record of after) expect(record.actorOrganisation, record.basis).toBe(OWN_ORGANISATION);
  });
});

describe('a reply in the access log', () => {
  it('is logged as a create of the reply', async () => {
    const pro = await connectClient(server.baseUrl, 'jeugdbeschermer');
    await pro.pull();
    const perspectiveKey = [...pro.rows.keys()].find((key) => key.startsWith('perspective:'))!;
    const replyId = randomUUID();
    await pro.mutate('reply.add', {
      id: replyId,
      perspectiveId: perspectiveKey.slice('perspective:'.length),
      text: 'Dank je, ik kom erop terug.',
    });
    const logged = (await proRecords()).find((r) => r.dataIds.includes(replyId));
    expect(logged).toMatchObject({ dataEntity: 'reply', action: 'create' });
  });
});
