import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColleagueInfo } from '../../../src/shared/api/pro';
import { seedTwoCases, type LoggedInActor, type TwoCases } from '../../factories/two-cases';
import { startTestServer, type ApiClient, type TestServer } from '../../setup/test-server';
import { loginAs, logRowsOf, pushOne } from './console-client';

// The case team (decision 009): colleagues of the same organisation join as professional members.
let server: TestServer;
let fixture: TwoCases;
let pro: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ GEZIEN_LOGIN_LIMIT_PER_MINUTE: '10000' });
  fixture = await seedTwoCases(server.storage);
  pro = await loginAs(server.baseUrl, 'professional');
});
afterAll(() => server?.close());

const teamAdd = (userId: string, extra = {}) => ({
  id: randomUUID(),
  caseId: fixture.caseOne,
  userId,
  teamRole: 'gedragswetenschapper',
  ...extra,
});
const colleagues = async () =>
  ((await pro.get(`/api/pro/cases/${fixture.caseOne}/colleagues`)).body as { colleagues: ColleagueInfo[] })
    .colleagues;

describe('the case team', () => {
  it('lists my organisation’s professionals, and a colleague I add works on the case at once', async () => {
    expect(await colleagues()).toEqual([
      { userId: fixture.colleagueUserId, displayName: 'Gedragswetenschapper Een', memberId: null },
      {
        userId: fixture.users.professional,
        displayName: 'Jeugdbeschermer Een',
        memberId: fixture.members.professional.id,
      },
    ]);
    const args = teamAdd(fixture.colleagueUserId);
    expect(await pushOne(pro, 'team.add', args)).toBe('applied');
    expect((await server.storage.findRow('member', args.id))?.value).toMatchObject({
      role: 'professional',
      displayName: 'Gedragswetenschapper Een',
      teamRole: 'gedragswetenschapper',
    });
    expect((await colleagues())[0]?.memberId).toBe(args.id);
    const colleague = await loginAs(server.baseUrl, 'colleague');
    const pull = await colleague.post('/api/sync/pull', {
      protocolVersion: 1,
      clientId: 'colleague-1',
      cursor: null,
    });
    expect(pull.text).toContain('ADDR-CANARY-B');
    const [row] = await logRowsOf(server.storage, fixture.caseOne, 'team.add');
    expect(row).toMatchObject({ action: 'create', dataEntity: 'member', dataIds: [args.id] });
  });

  it('a colleague already on the case is a conflict; their role can change', async () => {
    expect(await pushOne(pro, 'team.add', teamAdd(fixture.colleagueUserId))).toBe('conflict');
    const memberId = (await colleagues())[0]!.memberId!;
    expect(await pushOne(pro, 'team.setRole', { id: memberId, teamRole: 'teamleider' })).toBe('applied');
    expect((await server.storage.findRow('member', memberId))?.value).toMatchObject({
      teamRole: 'teamleider',
    });
    const familyMember = { id: fixture.members.parentA.id, teamRole: 'teamleider' };
    expect(await pushOne(pro, 'team.setRole', familyMember)).toBe('bad-request');
  });

  it('a professional of another organisation, a family login or an unknown login cannot be added', async () => {
    for (const userId of [fixture.users.otherProfessional, fixture.users.parentA, randomUUID()]) {
      const args = teamAdd(userId);
      expect(await pushOne(pro, 'team.add', args)).toBe('not-found');
      expect(await server.storage.findRow('member', args.id)).toBeUndefined();
    }
    expect((await server.storage.listMembershipsForUser(fixture.users.otherProfessional)).length).toBe(1);
  });

  it('refuses every family role, the network and the other case’s professional', async () => {
    const actors: LoggedInActor[] = ['parentA', 'parentB', 'youth11', 'youth14', 'youth16', 'network'];
    for (const actor of actors) {
      const api = await loginAs(server.baseUrl, actor);
      expect(await pushOne(api, 'team.add', teamAdd(fixture.colleagueUserId)), actor).toBe('forbidden');
      const setRole = { id: fixture.members.professional.id, teamRole: 'other' };
      expect(await pushOne(api, 'team.setRole', setRole), actor).toBe('forbidden');
    }
    const other = await loginAs(server.baseUrl, 'otherProfessional');
    expect(await pushOne(other, 'team.add', teamAdd(fixture.users.otherProfessional))).toBe('not-found');
  });

  it('a family member of the case gets 404 for the colleagues, as for every console route', async () => {
    const parent = await loginAs(server.baseUrl, 'parentA');
    const response = await parent.get(`/api/pro/cases/${fixture.caseOne}/colleagues`);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: 'not-found' });
  });
});
