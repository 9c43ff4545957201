import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInNl } from '../../../src/shared/catalog/dates';
import type { Member } from '../../../src/shared/domain';
import { seedTwoCases, type LoggedInActor, type TwoCases } from '../../factories/two-cases';
import { startTestServer, type ApiClient, type TestServer } from '../../setup/test-server';
import { loginAs, logRowsOf, memberArgs, pushOne } from './console-client';

// case.create and member.add / member.update over real HTTP: validation, the write policy and the
// access log (issue 10, decision 009). SQLite here, PostgreSQL under the pg project.
let server: TestServer;
let fixture: TwoCases;
let pro: ApiClient;
const familyActors: LoggedInActor[] = ['parentA', 'parentB', 'youth11', 'youth14', 'youth16', 'network'];

beforeAll(async () => {
  server = await startTestServer({ GEZIEN_LOGIN_LIMIT_PER_MINUTE: '10000' });
  fixture = await seedTwoCases(server.storage);
  pro = await loginAs(server.baseUrl, 'professional');
});
afterAll(() => server?.close());

const memberRow = async (id: string) =>
  (await server.storage.findRow('member', id))?.value as Member | undefined;
const today = () => todayInNl();

describe('case.create', () => {
  it('a professional opens a case and is its professional member from the next pull on', async () => {
    const id = randomUUID();
    const memberId = randomUUID();
    const args = { id, title: 'Gezin Nieuw', memberId, teamRole: 'jeugdbeschermer' };
    expect(await pushOne(pro, 'case.create', args)).toBe('applied');

    const me = await pro.get('/api/auth/me');
    expect((me.body as { memberships: unknown[] }).memberships).toContainEqual({ caseId: id, memberId });
    expect(await memberRow(memberId)).toMatchObject({
      caseId: id,
      role: 'professional',
      displayName: 'Jeugdbeschermer Een',
      teamRole: 'jeugdbeschermer',
    });
    const [row] = await logRowsOf(server.storage, id, 'case.create');
    expect(row).toMatchObject({ action: 'create', dataEntity: 'case', actorRole: 'professional' });
    expect(row?.actorUserId).toBe(fixture.users.professional);
  });

  it('a family member or the network cannot open a case', async () => {
    for (const actor of familyActors) {
      const id = randomUUID();
      const api = await loginAs(server.baseUrl, actor);
      const args = { id, title: 'Mijn eigen dossier', memberId: randomUUID(), teamRole: 'other' };
      expect(await pushOne(api, 'case.create', args), actor).toBe('forbidden');
      expect(await server.storage.caseExists(id)).toBe(false);
    }
  });

  it('a case id or member id that is already used is a conflict', async () => {
    const args = { id: fixture.caseTwo, title: 'Kaping', memberId: randomUUID(), teamRole: 'other' };
    expect(await pushOne(pro, 'case.create', args)).toBe('conflict');
    const member = { ...args, id: randomUUID(), memberId: fixture.members.otherProfessional.id };
    expect(await pushOne(pro, 'case.create', member)).toBe('conflict');
    expect((await memberRow(fixture.members.otherProfessional.id))?.caseId).toBe(fixture.caseTwo);
  });
});

describe('member.add', () => {
  it('adds a mother with gezag and a son of 12, and logs the write', async () => {
    const naima = memberArgs(fixture.caseOne);
    const sam = memberArgs(fixture.caseOne, {
      role: 'youth',
      displayName: 'Sam Test',
      hasCustody: true,
      birthDate: addDays(today(), -12 * 366),
    });
    expect(await pushOne(pro, 'member.add', naima)).toBe('applied');
    expect(await pushOne(pro, 'member.add', sam)).toBe('applied');
    expect(await memberRow(naima.id)).toMatchObject({ role: 'parent', hasCustody: true, endedOn: null });
    // Gezag is a parent's: the youth's row never carries it.
    expect(await memberRow(sam.id)).toMatchObject({ role: 'youth', hasCustody: null });
    const rows = await logRowsOf(server.storage, fixture.caseOne, 'member.add');
    expect(rows.find((row) => row.dataIds.includes(sam.id))).toMatchObject({
      action: 'create',
      dataEntity: 'member',
      actorRole: 'professional',
      actorUserId: fixture.users.professional,
    });
  });

  it.each([
    ['a youth without a birth date', { role: 'youth', hasCustody: null, birthDate: null }],
    ['a youth born tomorrow', { role: 'youth', hasCustody: null, birthDate: 'TOMORROW' }],
    ['a parent who does not say whether they have gezag', { role: 'parent', hasCustody: null }],
    ['a member without a name', { displayName: '   ' }],
    ['a professional added by hand', { role: 'professional' }],
    ['a member with a server field (endedOn)', { endedOn: null }],
  ])('refuses %s', async (_label, extra) => {
    const birthDate = (extra as { birthDate?: string }).birthDate;
    const fixed = birthDate === 'TOMORROW' ? { ...extra, birthDate: addDays(today(), 1) } : extra;
    const args = memberArgs(fixture.caseOne, fixed);
    expect(await pushOne(pro, 'member.add', args)).toBe('bad-request');
    expect(await memberRow(args.id)).toBeUndefined();
  });

  it('accepts a second member with the same name: the form warns, the server does not refuse', async () => {
    const first = memberArgs(fixture.caseOne, { displayName: 'Tweeling' });
    const second = memberArgs(fixture.caseOne, { displayName: 'Tweeling' });
    expect(await pushOne(pro, 'member.add', first)).toBe('applied');
    expect(await pushOne(pro, 'member.add', second)).toBe('applied');
  });

  it('refuses every family role, the network, a colleague who is not on the case and the other case’s professional', async () => {
    for (const actor of familyActors) {
      const args = memberArgs(fixture.caseOne);
      expect(await pushOne(await loginAs(server.baseUrl, actor), 'member.add', args), actor).toBe(
        'forbidden',
      );
    }
    for (const outsider of ['colleague', 'otherProfessional'] as const) {
      const args = memberArgs(fixture.caseOne);
      const api = await loginAs(server.baseUrl, outsider);
      expect(await pushOne(api, 'member.add', args), outsider).toBe('not-found');
      expect(await memberRow(args.id)).toBeUndefined();
    }
  });
});

describe('member.update', () => {
  const update = (member: Member, extra: Record<string, unknown> = {}) => ({
    id: member.id,
    displayName: member.displayName,
    hasCustody: member.hasCustody,
    youthAllowsParentView: member.youthAllowsParentView,
    relation: member.relation,
    birthDate: member.birthDate ?? null,
    ...extra,
  });

  it('changes what the professional entered, never the role, and logs a change', async () => {
    const { parentB } = fixture.members;
    expect(await pushOne(pro, 'member.update', update(parentB, { hasCustody: false }))).toBe('applied');
    expect(await memberRow(parentB.id)).toMatchObject({ role: 'parent', hasCustody: false });
    expect(await pushOne(pro, 'member.update', update(parentB, { role: 'youth' }))).toBe('bad-request');
    const rows = await logRowsOf(server.storage, fixture.caseOne, 'member.update');
    expect(rows.at(-1)).toMatchObject({ action: 'change', dataEntity: 'member', dataIds: [parentB.id] });
  });

  it('refuses an update that breaks a rule, and one of a professional member', async () => {
    const { youth14, otherProfessional, professional } = fixture.members;
    expect(await pushOne(pro, 'member.update', update(youth14, { birthDate: null }))).toBe('bad-request');
    const future = update(youth14, { birthDate: addDays(today(), 3) });
    expect(await pushOne(pro, 'member.update', future)).toBe('bad-request');
    expect(await pushOne(pro, 'member.update', update(professional))).toBe('bad-request');
    // Another case's member does not exist for this professional.
    expect(await pushOne(pro, 'member.update', update(otherProfessional))).toBe('not-found');
  });

  it('refuses every family role and the network', async () => {
    for (const actor of familyActors) {
      const api = await loginAs(server.baseUrl, actor);
      const args = update(fixture.members.parentA, { displayName: 'Gewijzigd' });
      expect(await pushOne(api, 'member.update', args), actor).toBe('forbidden');
    }
    expect((await memberRow(fixture.members.parentA.id))?.displayName).toBe('Ouder A');
  });
});
