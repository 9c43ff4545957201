import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../../src/server/demo/demo-family';
import { accessLogResponseSchema } from '../../../src/shared/api/audit';
import * as z from 'zod/mini';
import { createApiClient, startTestServer, type TestServer } from '../../setup/test-server';

// Issue 13 row 5: a professional's export of everything shows in each family's
// "Wie heeft mijn gegevens bekeken", logged per case with the members whose data it holds.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('a professional’s export', () => {
  it('is logged per case, naming the members whose data it holds, and the family sees it', async () => {
    const pro = createApiClient(server.baseUrl);
    await pro.login('jeugdbeschermer');
    expect((await pro.get('/api/me/export')).status).toBe(200);

    const exports = (await server.storage.listAuditRecords({})).filter((r) => r.action === 'export');
    expect(exports).toEqual([
      expect.objectContaining({
        actorUserId: demoIds.users.jeugdbeschermer,
        caseId: demoIds.case,
        dataEntity: 'case',
        actorRole: 'professional',
      }),
    ]);
    expect(exports[0]!.dataIds).toEqual(
      expect.arrayContaining([demoIds.case, demoIds.members.naima, demoIds.members.sam]),
    );

    const parent = createApiClient(server.baseUrl);
    await parent.login('naima');
    const response = await parent.get(`/api/cases/${demoIds.case}/access-log`);
    const { entries } = z.parse(accessLogResponseSchema, response.body);
    expect(entries).toContainEqual(
      expect.objectContaining({ actorName: 'Joyce Bakker', action: 'export', entity: 'case' }),
    );
  });
});
