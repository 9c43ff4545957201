import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../../src/server/demo/demo-family';
import type { ViewAsResponse } from '../../../src/shared/api/pro';
import { startTestServer, type TestServer } from '../../setup/test-server';
import { connectClient, perspectiveArgs } from '../sync-helpers';

// Issue 13 row 18, decision 013: the professional records a 12–15-year-old's objection to one
// parent reading their perspective; a contact hidden from a parent is hidden from the network too
// (Oma Ria is Daan's mother).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('a youth of 12–15 objects to a parent reading their perspective', () => {
  it('the professional records it: that parent no longer receives it, the other parent still does', async () => {
    const sam = await connectClient(server.baseUrl, 'sam');
    const words = perspectiveArgs({ text: 'Ik wil bij papa wonen', audience: 'everyone' });
    await sam.mutate('perspective.add', words);
    const naima = await connectClient(server.baseUrl, 'naima');
    const daan = await connectClient(server.baseUrl, 'daan');
    await naima.pull();
    expect(naima.rows.has(`perspective:${words.id}`)).toBe(true);

    const pro = await connectClient(server.baseUrl, 'jeugdbeschermer');
    await pro.mutate('perspective.setObjection', {
      id: words.id,
      parentMemberId: demoIds.members.naima,
      objects: true,
    });
    await naima.pull();
    await daan.pull();
    expect(naima.rows.has(`perspective:${words.id}`)).toBe(false);
    expect(daan.rows.has(`perspective:${words.id}`)).toBe(true);
  });

  it('no family member can record it, and not for a member who is not a parent', async () => {
    const sam = await connectClient(server.baseUrl, 'sam');
    const words = perspectiveArgs({ audience: 'everyone' });
    await sam.mutate('perspective.add', words);
    const daan = await connectClient(server.baseUrl, 'daan');
    await daan.push([
      {
        name: 'perspective.setObjection',
        args: { id: words.id, parentMemberId: demoIds.members.naima, objects: true },
      },
    ]);
    const pro = await connectClient(server.baseUrl, 'jeugdbeschermer');
    await pro.push([
      {
        name: 'perspective.setObjection',
        args: { id: words.id, parentMemberId: demoIds.members.oma, objects: true },
      },
    ]);
    const rejectionsOf = async (client: typeof daan) =>
      (
        (
          await client.api.post('/api/sync/pull', {
            protocolVersion: 1,
            clientId: client.clientId,
            cursor: null,
          })
        ).body as { rejections: { code: string }[] }
      ).rejections.map((r) => r.code);
    expect(await rejectionsOf(daan)).toEqual(['forbidden']);
    expect(await rejectionsOf(pro)).toEqual(['not-found']);
  });
});

describe('a contact hidden from a parent', () => {
  it('is hidden from that parent’s mother in the network too', async () => {
    const pro = await connectClient(server.baseUrl, 'jeugdbeschermer');
    const contactOf = async (memberId: string) => {
      const response = await pro.api.get(`/api/pro/cases/${demoIds.case}/view-as/${memberId}`);
      expect(response.status).toBe(200);
      const change = (response.body as ViewAsResponse).changes.find(
        (c) => c.op === 'put' && c.value.id === demoIds.involvements.maatschappelijkWerk,
      );
      return change?.op === 'put' ? (change.value as { contact?: unknown }).contact : 'no row';
    };
    expect(await contactOf(demoIds.members.naima)).toMatchObject({ phone: '030-000 1150' });
    expect(await contactOf(demoIds.members.daan)).toBeUndefined();
    expect(await contactOf(demoIds.members.oma)).toBeUndefined();
  });
});
