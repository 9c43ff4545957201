import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberAccess, ViewAsResponse } from '../../../src/shared/api/pro';
import type { Change } from '../../../src/shared/sync/protocol';
import { seedTwoCases, type TwoCases } from '../../factories/two-cases';
import { createApiClient, startTestServer, type ApiClient, type TestServer } from '../../setup/test-server';
import { loginAs } from './console-client';

// The console's routes (decision 009): invitation state, re-issue and revoke, and Bekijk als.
let server: TestServer;
let fixture: TwoCases;
let pro: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ GEZIEN_LOGIN_LIMIT_PER_MINUTE: '10000' });
  fixture = await seedTwoCases(server.storage);
  pro = await loginAs(server.baseUrl, 'professional');
});
afterAll(() => server?.close());

const invitationPath = (memberId: string) =>
  `/api/pro/cases/${fixture.caseOne}/members/${memberId}/invitation`;
async function stateOf(memberId: string): Promise<MemberAccess | undefined> {
  const response = await pro.get(`/api/pro/cases/${fixture.caseOne}/invitations`);
  expect(response.status).toBe(200);
  return (response.body as { members: MemberAccess[] }).members.find((m) => m.memberId === memberId);
}
const check = (token: string, code: string) =>
  createApiClient(server.baseUrl).post('/api/invitations/check', { token, code });

describe('invitations from the console', () => {
  it('goes from not invited to invited (with the expiry), re-issued, revoked, and active once redeemed', async () => {
    const memberId = fixture.invitees[fixture.caseOne]!;
    expect(await stateOf(memberId)).toEqual({ memberId, state: 'not-invited', expiresAt: null });
    expect(await stateOf(fixture.members.parentA.id)).toMatchObject({ state: 'active' });

    const first = await pro.post(invitationPath(memberId));
    expect(first.status).toBe(201);
    const one = first.body as { token: string; code: string; link: string; expiresAt: string };
    expect(one.code).toMatch(/^\d{6}$/);
    expect(one.link).toContain(`/welkom#t=${one.token}`);
    expect(await stateOf(memberId)).toEqual({ memberId, state: 'invited', expiresAt: one.expiresAt });

    // Re-issuing: the old link stops working, the new one works.
    const two = (await pro.post(invitationPath(memberId))).body as { token: string; code: string };
    expect((await check(one.token, one.code)).status).toBe(401);

    const revoke = await pro.raw('DELETE', invitationPath(memberId), {
      headers: { 'x-requested-with': 'gezien' },
    });
    expect(revoke.status).toBe(204);
    expect((await check(two.token, two.code)).status).toBe(401);
    expect(await stateOf(memberId)).toMatchObject({ state: 'not-invited' });

    const three = (await pro.post(invitationPath(memberId))).body as { token: string; code: string };
    const checked = await check(three.token, three.code);
    const { ticket } = checked.body as { ticket: string };
    const redeem = await createApiClient(server.baseUrl).post('/api/invitations/password', {
      ticket,
      username: 'pleegvader-test',
      password: 'een lange zin als wachtwoord',
    });
    expect(redeem.status).toBe(200);
    expect(await stateOf(memberId)).toMatchObject({ state: 'active', expiresAt: null });
    // Someone who has a login is never invited again.
    expect((await pro.post(invitationPath(memberId))).status).toBe(400);
  });

  it('writes each look at the states, invitation and revocation to the access log', async () => {
    const rows = await server.storage.listAuditRecords({ caseId: fixture.caseOne });
    const invitationRows = rows.filter((row) => row.dataEntity === 'invitation' && row.action !== 'read');
    expect(invitationRows.map((row) => row.action)).toEqual(['create', 'create', 'delete', 'create']);
    expect(invitationRows[0]?.dataIds).toEqual([fixture.invitees[fixture.caseOne]]);
    // Five looks at the same states by the same person within the window are one row (decision 013).
    expect(rows.filter((row) => row.basis.endsWith('/invitations as professional'))).toHaveLength(1);
    expect(invitationRows[0]).toMatchObject({
      actorUserId: fixture.users.professional,
      actorRole: 'professional',
    });
  });

  it('knows no professional member, nor a member of another case', async () => {
    expect((await pro.post(invitationPath(fixture.members.professional.id))).status).toBe(404);
    expect((await pro.post(invitationPath(fixture.members.otherProfessional.id))).status).toBe(404);
    expect((await pro.post(invitationPath(fixture.invitees[fixture.caseTwo]!))).status).toBe(404);
  });
});

describe('Bekijk als …', () => {
  it('returns exactly what the member’s own pull holds, less their private words', async () => {
    const parent = await loginAs(server.baseUrl, 'parentA');
    const pull = await parent.post('/api/sync/pull', {
      protocolVersion: 1,
      clientId: 'view-as-a',
      cursor: null,
    });
    const own = (pull.body as { changes: Change[] }).changes.filter(
      (c) =>
        c.op === 'put' &&
        (c.entity === 'case' ? c.value.id === fixture.caseOne : c.value.caseId === fixture.caseOne),
    );
    const response = await pro.get(`/api/pro/cases/${fixture.caseOne}/view-as/${fixture.members.parentA.id}`);
    expect(response.status).toBe(200);
    const preview = response.body as ViewAsResponse;
    const isPrivate = (c: Change) =>
      c.op === 'put' && c.entity === 'perspective' && c.value.audience === 'private';
    expect(own.some(isPrivate)).toBe(true);
    expect(preview.changes).toEqual(own.filter((c) => !isPrivate(c)));
    expect(response.text).not.toContain('PRIVATE-CANARY-A');
    // What parent A may not see stays out, as in their pull: parent B's address.
    expect(response.text).not.toContain('ADDR-CANARY-B');
    expect(preview.member).toMatchObject({ id: fixture.members.parentA.id, address: 'ADDR-CANARY-A' });
  });

  it('is written to the access log as a read of that member by the professional', async () => {
    const rows = await server.storage.listAuditRecords({ caseId: fixture.caseOne });
    const read = rows.filter((row) => row.basis.startsWith('route GET /api/pro/cases/:caseId/view-as'));
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({
      action: 'read',
      dataEntity: 'member',
      dataIds: [fixture.members.parentA.id],
      actorUserId: fixture.users.professional,
    });
  });

  it('shows no professional, and nothing to a family member of the case', async () => {
    const asPro = `/api/pro/cases/${fixture.caseOne}/view-as/${fixture.members.professional.id}`;
    expect((await pro.get(asPro)).status).toBe(404);
    const youth = await loginAs(server.baseUrl, 'youth16');
    const asParent = `/api/pro/cases/${fixture.caseOne}/view-as/${fixture.members.parentA.id}`;
    expect((await youth.get(asParent)).status).toBe(404);
  });
});
