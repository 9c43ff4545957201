import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../../src/shared/sync/protocol';
import { seedTwoCases, type LoggedInActor, type TwoCases } from '../../factories/two-cases';
import { startTestServer, type ApiClient, type TestServer } from '../../setup/test-server';
import { loginAs, logRowsOf, pushOne } from './console-client';

// member.end (decision 009): a member who leaves keeps no access. Their next pull purges the case,
// their sessions end when it was their last case, their invitations stop working; write policy and
// the access log row as for every mutation.
let server: TestServer;
let fixture: TwoCases;
let pro: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ GEZIEN_LOGIN_LIMIT_PER_MINUTE: '10000' });
  fixture = await seedTwoCases(server.storage);
  pro = await loginAs(server.baseUrl, 'professional');
});
afterAll(() => server?.close());

async function pullFrom(api: ApiClient, clientId: string, cursor: string | null) {
  const response = await api.post('/api/sync/pull', { protocolVersion: 1, clientId, cursor });
  return response;
}

describe('member.end', () => {
  it('an ended member receives nothing more of the case and their sessions are gone', async () => {
    const parentB = await loginAs(server.baseUrl, 'parentB');
    const first = await pullFrom(parentB, 'ended-device', null);
    const { cursor } = first.body as { cursor: string };
    expect(first.text).toContain(fixture.caseOne);

    expect(await pushOne(pro, 'member.end', { id: fixture.members.parentB.id })).toBe('applied');

    // The session ended in the same transaction: the very next request has none.
    expect((await parentB.get('/api/auth/me')).status).toBe(401);
    expect((await pullFrom(parentB, 'ended-device', cursor)).status).toBe(401);
    expect(await server.storage.listSessionsForUser(fixture.users.parentB)).toEqual([]);

    // Logging in again opens nothing: the case is purged from the device, and no route knows it.
    const again = await loginAs(server.baseUrl, 'parentB');
    const purge = await pullFrom(again, 'ended-device', cursor);
    expect((purge.body as { changes: Change[] }).changes).toEqual([
      { op: 'purge-case', caseId: fixture.caseOne },
    ]);
    expect((await again.get('/api/auth/me')).body).toMatchObject({ memberships: [] });
    expect((await again.get(`/api/cases/${fixture.caseOne}/access-log`)).status).toBe(404);
    const push = await pushOne(again, 'perspective.add', {
      id: randomUUID(),
      caseId: fixture.caseOne,
      subject: { type: 'case', id: fixture.caseOne },
      stance: 'story',
      text: 'Na het einde',
      audience: 'everyone',
    });
    expect(push).toBe('not-found');
    expect((await server.storage.findRow('member', fixture.members.parentB.id))?.value).toMatchObject({
      endedOn: expect.any(String),
    });
  });

  it('a member with another case keeps their sessions and that case', async () => {
    const { network } = fixture.members;
    const elsewhere = { ...network, id: randomUUID(), caseId: fixture.caseTwo };
    await server.storage.transaction(async (tx) => {
      await tx.putEntity('member', elsewhere, await tx.bumpCaseVersion(fixture.caseTwo));
      await tx.assignMember(elsewhere.id, fixture.users.network);
    });
    const api = await loginAs(server.baseUrl, 'network');
    expect(await pushOne(pro, 'member.end', { id: network.id })).toBe('applied');
    const me = await api.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ memberships: [{ caseId: fixture.caseTwo, memberId: elsewhere.id }] });
  });

  it('revokes the member’s invitation: the link stops working', async () => {
    const memberId = fixture.invitees[fixture.caseOne]!;
    const invited = await pro.post(`/api/pro/cases/${fixture.caseOne}/members/${memberId}/invitation`);
    expect(invited.status).toBe(201);
    const { token, code } = invited.body as { token: string; code: string };
    expect(await pushOne(pro, 'member.end', { id: memberId })).toBe('applied');
    const check = await pro.post('/api/invitations/check', { token, code });
    expect(check.status).toBe(401);
    // And no new invitation can be made for someone who left, by either route.
    const again = await pro.post(`/api/pro/cases/${fixture.caseOne}/members/${memberId}/invitation`);
    expect(again.status).toBe(404);
    const old = await pro.post(`/api/cases/${fixture.caseOne}/invitations`, { memberId });
    expect(old.status).toBe(400);
  });

  it('a professional cannot end themselves, nor end someone twice; the write is logged', async () => {
    expect(await pushOne(pro, 'member.end', { id: fixture.members.professional.id })).toBe('conflict');
    expect(await pushOne(pro, 'member.end', { id: fixture.members.parentB.id })).toBe('conflict');
    const rows = await logRowsOf(server.storage, fixture.caseOne, 'member.end');
    expect(rows[0]).toMatchObject({
      action: 'change',
      dataEntity: 'member',
      dataIds: [fixture.members.parentB.id],
      actorUserId: fixture.users.professional,
    });
  });

  it('refuses every family role, the network and outsiders', async () => {
    const target = fixture.members.youth11.id;
    const actors: (LoggedInActor | 'colleague')[] = ['parentA', 'youth14', 'youth16', 'youth11'];
    for (const actor of actors) {
      const api = await loginAs(server.baseUrl, actor);
      expect(await pushOne(api, 'member.end', { id: target }), actor).toBe('forbidden');
    }
    for (const outsider of ['colleague', 'otherProfessional'] as const) {
      const api = await loginAs(server.baseUrl, outsider);
      expect(await pushOne(api, 'member.end', { id: target }), outsider).toBe('not-found');
    }
    expect((await server.storage.findRow('member', target))?.value).not.toHaveProperty(
      'endedOn',
      expect.any(String),
    );
  });
});
