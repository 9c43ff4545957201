import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/server/auth/password';
import type { Storage } from '../../src/server/storage/storage';
import { addMonths, todayInNl } from '../../src/shared/catalog/dates';
import type { Member, Perspective } from '../../src/shared/domain';

/**
 * Two cases for the access matrix (SECURITY.md A1, A2), seeded straight into storage. Case 1: parent
 * A and separated parent B (both with custody), youth aged 11, 14 and 16 (the 16-year-old has not
 * consented to parental view), a network member and the case's professional. Case 2: another family
 * with its own professional. Every hidden field and hidden row holds a canary string; `canaries`
 * says who may see each one. Ages are counted from today, so they stay 11, 14 and 16.
 */
export const actors = [
  'parentA',
  'parentB',
  'youth11',
  'youth14',
  'youth16',
  'network',
  'professional',
  'otherProfessional',
  'anonymous',
] as const;
export type Actor = (typeof actors)[number];
export type LoggedInActor = Exclude<Actor, 'anonymous'>;

export const MATRIX_PASSWORD = 'matrix-password-1';
export const usernameOf = (actor: LoggedInActor) => `matrix-${actor.toLowerCase()}`;

const caseOne: Actor[] = ['parentA', 'parentB', 'youth11', 'youth14', 'youth16', 'network', 'professional'];
const except = (...hidden: Actor[]) => caseOne.filter((actor) => !hidden.includes(actor));

/** Canary → the actors who may receive it. Everyone else must never see it, anywhere. */
export const canaries = {
  'ADDR-CANARY-A': ['parentA', 'professional'],
  'ADDR-CANARY-B': ['parentB', 'professional'],
  'PHONE-CANARY-B': ['parentB', 'professional'],
  'ADDR-CANARY-Y16': ['youth16', 'professional'],
  'PHONE-CANARY-Y16': ['youth16', 'professional'],
  'PHONE-CANARY-Y14': ['youth14', 'parentA', 'parentB', 'professional'],
  // Hidden from parent B, so from the network too (decision 013).
  'CONTACT-CANARY-HIDDEN': except('parentB', 'network'),
  'PROFONLY-CANARY-A': ['parentA', 'professional'],
  'PRIVATE-CANARY-A': ['parentA'],
  'PRIVATE-CANARY-B': ['parentB'],
  'WITHHELD-CANARY-B': except('parentB', 'network'),
  'REASON-CANARY-WITHHELD': ['professional'],
  'PARENT-TEXT-CANARY': except('youth11', 'network'),
  'YOUTH16-CANARY': except('parentA', 'parentB'),
  'YOUTH14-OBJECTED-CANARY': except('parentA', 'parentB'),
  'CASE2-CANARY': ['otherProfessional'],
} satisfies Record<string, Actor[]>;
export type Canary = keyof typeof canaries;

export interface TwoCases {
  caseOne: string;
  caseTwo: string;
  members: Record<LoggedInActor, Member>;
  users: Record<LoggedInActor, string>;
  /** Per case, a member without a login yet, to invite. */
  invitees: Record<string, string>;
  /** A professional of the same organisation as `professional`, on no case yet (the case team). */
  colleagueUserId: string;
}

const at = '2025-03-01T09:00:00.000Z';

export async function seedTwoCases(storage: Storage, today = todayInNl()): Promise<TwoCases> {
  const passwordHash = await hashPassword(MATRIX_PASSWORD);
  const caseOneId = randomUUID();
  const caseTwoId = randomUUID();
  const member = (
    caseId: string,
    displayName: string,
    role: Member['role'],
    extra: Partial<Member> = {},
  ): Member => ({
    id: randomUUID(),
    caseId,
    displayName,
    role,
    hasCustody: role === 'parent' ? true : null,
    youthAllowsParentView: false,
    relation: null,
    ...extra,
  });
  // A few days past the birthday, so the band holds whatever the time zone.
  const bornYearsAgo = (years: number) => addMonths(today, -12 * years - 1);
  const members: Record<LoggedInActor, Member> = {
    parentA: member(caseOneId, 'Ouder A', 'parent', { address: 'ADDR-CANARY-A', phone: '0600000001' }),
    parentB: member(caseOneId, 'Ouder B', 'parent', { address: 'ADDR-CANARY-B', phone: 'PHONE-CANARY-B' }),
    youth11: member(caseOneId, 'Jongere 11', 'youth', { birthDate: bornYearsAgo(11) }),
    youth14: member(caseOneId, 'Jongere 14', 'youth', {
      birthDate: bornYearsAgo(14),
      phone: 'PHONE-CANARY-Y14',
    }),
    youth16: member(caseOneId, 'Jongere 16', 'youth', {
      birthDate: bornYearsAgo(16),
      address: 'ADDR-CANARY-Y16',
      phone: 'PHONE-CANARY-Y16',
    }),
    network: member(caseOneId, 'Oma', 'network', { relation: 'oma' }),
    professional: member(caseOneId, 'Jeugdbeschermer Een', 'professional', { email: 'een@gi.example' }),
    otherProfessional: member(caseTwoId, 'Jeugdbeschermer Twee', 'professional'),
  };
  const { parentA, parentB, youth14, youth16 } = members;
  const invitee = member(caseOneId, 'Pleegvader', 'network', { relation: 'pleegvader' });
  const parentC = member(caseTwoId, 'Ouder C', 'parent', { address: 'CASE2-CANARY address' });

  const involvement = {
    id: randomUUID(),
    caseId: caseOneId,
    roleKey: 'gi' as const,
    organisation: 'GI Een',
    personName: 'Jeugdbeschermer Een',
    function: 'jeugdbeschermer',
    contact: { phone: 'CONTACT-CANARY-HIDDEN', email: null, hours: null },
    contactFor: [parentA.id],
    since: '2024-01-01',
    until: null,
    hiddenFrom: [],
    contactHiddenFrom: [parentB.id],
  };
  const decision = (caseId: string, summary: string, extra = {}) => ({
    id: randomUUID(),
    caseId,
    kind: 'ots' as const,
    title: 'OTS',
    summary,
    decidedBy: null,
    decidedOn: '2024-06-01',
    startsOn: '2024-06-01',
    endsOn: null,
    reviewOn: null,
    legalBasis: 'BW 1:255',
    meaning: { parent: 'PARENT-TEXT-CANARY', youth: 'Iemand helpt jullie thuis.' },
    nextSteps: 'Gesprek in juni.',
    status: 'in-effect' as const,
    sharedWithNetwork: false,
    ...extra,
  });
  const open = decision(caseOneId, 'Toezicht voor 12 maanden');
  const withheld = decision(caseOneId, 'WITHHELD-CANARY-B', {
    withheld: [{ memberId: parentB.id, reason: 'REASON-CANARY-WITHHELD' }],
  });
  const statement = {
    id: randomUUID(),
    caseId: caseOneId,
    decisionId: open.id,
    kind: 'fact' as const,
    text: 'Gemist op school',
    source: 'School',
    observedOn: '2024-03-01',
    lastCheckedOn: '2024-05-01',
    status: 'current' as const,
    history: [],
  };
  const perspective = (
    author: Member,
    audience: Perspective['audience'],
    text: string,
    extra = {},
  ): Perspective => ({
    id: randomUUID(),
    caseId: author.caseId,
    authorMemberId: author.id,
    subject: { type: 'case', id: author.caseId },
    stance: 'story',
    text,
    houses: null,
    audience,
    correctionStatus: null,
    correctionReason: null,
    readBy: [],
    withdrawn: false,
    createdAt: at,
    updatedAt: at,
    ...extra,
  });
  const perspectives = [
    perspective(parentA, 'professionals', 'PROFONLY-CANARY-A'),
    perspective(parentA, 'private', 'PRIVATE-CANARY-A'),
    perspective(parentB, 'private', 'PRIVATE-CANARY-B'),
    perspective(youth16, 'everyone', 'YOUTH16-CANARY'),
    perspective(youth14, 'everyone', 'YOUTH14-OBJECTED-CANARY', { hiddenFrom: [parentA.id, parentB.id] }),
  ];
  const users = Object.fromEntries(Object.keys(members).map((actor) => [actor, randomUUID()])) as Record<
    LoggedInActor,
    string
  >;

  const colleagueUserId = randomUUID();
  await storage.transaction(async (tx) => {
    await tx.createUser({
      id: colleagueUserId,
      username: 'matrix-colleague',
      kind: 'professional',
      displayName: 'Gedragswetenschapper Een',
      organisation: 'Organisatie professional',
      passwordHash,
      disabled: false,
    });
    for (const [actor, m] of Object.entries(members) as [LoggedInActor, Member][]) {
      await tx.createUser({
        id: users[actor],
        username: usernameOf(actor),
        kind: m.role === 'professional' ? 'professional' : 'family',
        displayName: m.displayName,
        organisation: m.role === 'professional' ? `Organisatie ${actor}` : null,
        passwordHash,
        disabled: false,
      });
    }
    for (const [id, title] of [
      [caseOneId, 'Gezin Een'],
      [caseTwoId, 'Gezin Twee'],
    ] as const) {
      await tx.createCase({ id, title, createdAt: at });
    }
    const one = await tx.bumpCaseVersion(caseOneId);
    const two = await tx.bumpCaseVersion(caseTwoId);
    for (const m of Object.values(members))
      await tx.putEntity('member', m, m.caseId === caseOneId ? one : two);
    await tx.putEntity('member', parentC, two);
    await tx.putEntity('involvement', involvement, one);
    await tx.putEntity('decision', open, one);
    await tx.putEntity('decision', withheld, one);
    await tx.putEntity(
      'decision',
      { ...decision(caseTwoId, 'CASE2-CANARY'), meaning: { parent: 'Uitleg', youth: 'Uitleg' } },
      two,
    );
    await tx.putEntity('member', invitee, one);
    await tx.putEntity('statement', statement, one);
    for (const p of perspectives) await tx.putEntity('perspective', p, one);
    for (const [actor, m] of Object.entries(members) as [LoggedInActor, Member][]) {
      await tx.assignMember(m.id, users[actor]);
    }
  });
  const invitees = { [caseOneId]: invitee.id, [caseTwoId]: parentC.id };
  return { caseOne: caseOneId, caseTwo: caseTwoId, members, users, invitees, colleagueUserId };
}

/** The canaries an actor must never receive. */
export const hiddenCanaries = (actor: Actor): Canary[] =>
  (Object.entries(canaries) as [Canary, readonly Actor[]][])
    .filter(([, allowed]) => !allowed.includes(actor))
    .map(([canary]) => canary);
