import { afterEach, describe, expect, it } from 'vitest';
import { demoIds } from '../../../src/server/demo/demo-family';
import { startTestServer, type TestServer } from '../../setup/test-server';
import { connectClient } from '../sync-helpers';

// Issue 13 row 14 (NEN 7513): repeated identical reads by the same person within the window add
// one access-log row, not one per pull; after the window a read is logged again.
let server: TestServer | undefined;
afterEach(() => server?.close());

const pullRows = async () =>
  (await server!.storage.listAuditRecords({ actorUserId: demoIds.users.jeugdbeschermer })).filter((r) =>
    r.basis.startsWith('route POST /api/sync/pull'),
  );

describe('reads in the access log', () => {
  it('ten pulls in a row by one person are one row', async () => {
    server = await startTestServer();
    const pro = await connectClient(server.baseUrl, 'jeugdbeschermer');
    for (let i = 0; i < 10; i++) await pro.pull();
    expect(await pullRows()).toHaveLength(1);
  });

  it('after the window the next pull is a new row', async () => {
    server = await startTestServer({ GEZIEN_AUDIT_READ_WINDOW_SECONDS: '1' });
    const pro = await connectClient(server.baseUrl, 'jeugdbeschermer');
    await pro.pull();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await pro.pull();
    expect(await pullRows()).toHaveLength(2);
  });
});
