import { randomUUID } from 'node:crypto';
import type { DemoFamily } from '../../src/server/demo/demo-family-types';
import type { Member, Perspective } from '../../src/shared/domain';

/**
 * A tiny family for storage and server tests, with canary strings in every field that someone may
 * not see. Same shape as the demo family, so it can be seeded the same way.
 */
export const canaries = {
  daanAddress: 'ADDR-CANARY-DAAN',
  daanPhone: 'PHONE-CANARY-DAAN',
  hiddenContact: 'CONTACT-CANARY-HIDDEN',
  privatePerspective: 'PRIVATE-CANARY-DAAN',
} as const;

const at = '2025-03-01T09:00:00.000Z';

export function buildTestFamily(): DemoFamily {
  const caseId = randomUUID();
  const member = (displayName: string, role: Member['role'], extra: Partial<Member> = {}): Member => ({
    id: randomUUID(),
    caseId,
    displayName,
    role,
    hasCustody: role === 'parent' ? true : null,
    youthAllowsParentView: false,
    relation: null,
    ...extra,
  });
  const naima = member('Naima', 'parent', { address: 'Naima street 1', phone: '0600000001' });
  const daan = member('Daan', 'parent', { address: canaries.daanAddress, phone: canaries.daanPhone });
  const sam = member('Sam', 'youth', { birthDate: '2013-01-15' });
  const pro = member('Jeugdbeschermer', 'professional', { email: 'jb@example.org' });
  const user = (username: DemoFamily['users'][number]['username'], m: Member) => ({
    id: randomUUID(),
    username,
    kind: m.role === 'professional' ? ('professional' as const) : ('family' as const),
    displayName: m.displayName,
    memberId: m.id,
  });
  const gi = {
    id: randomUUID(),
    caseId,
    roleKey: 'gi' as const,
    organisation: 'GI',
    personName: 'Jeugdbeschermer',
    function: null,
    contact: { phone: canaries.hiddenContact, email: null, hours: null },
    contactFor: [naima.id],
    since: '2024-01-01',
    until: null,
    contactHiddenFrom: [daan.id],
  };
  const decision = {
    id: randomUUID(),
    caseId,
    kind: 'ots' as const,
    title: 'OTS',
    summary: 'Supervision for 12 months',
    decidedBy: null,
    decidedOn: '2024-06-01',
    startsOn: '2024-06-01',
    endsOn: '2025-06-01',
    reviewOn: null,
    legalBasis: 'BW 1:255',
    meaning: { parent: 'p', youth: 'y' },
    nextSteps: 'n',
    status: 'in-effect' as const,
    sharedWithNetwork: false,
  };
  const statement = {
    id: randomUUID(),
    caseId,
    decisionId: decision.id,
    kind: 'fact' as const,
    text: 'Sam missed school',
    source: 'School',
    observedOn: '2024-03-01',
    lastCheckedOn: '2024-05-01',
    status: 'current' as const,
    history: [],
  };
  const perspective = (author: Member, audience: Perspective['audience'], text: string): Perspective => ({
    id: randomUUID(),
    caseId,
    authorMemberId: author.id,
    subject: { type: 'decision', id: decision.id },
    stance: 'disagree',
    text,
    houses: null,
    audience,
    correctionStatus: null,
    correctionReason: null,
    readBy: [],
    withdrawn: false,
    createdAt: at,
    updatedAt: at,
  });
  const shared = perspective(naima, 'everyone', 'I see it differently');
  return {
    case: { id: caseId, title: 'Family test', createdAt: at },
    users: [user('naima', naima), user('daan', daan), user('sam', sam), user('jeugdbeschermer', pro)],
    members: [naima, daan, sam, pro],
    involvements: [gi],
    decisions: [decision],
    statements: [statement],
    events: [],
    perspectives: [shared, perspective(daan, 'private', canaries.privatePerspective)],
    replies: [
      {
        id: randomUUID(),
        caseId,
        perspectiveId: shared.id,
        authorMemberId: pro.id,
        text: 'Thanks',
        createdAt: at,
      },
    ],
  };
}
