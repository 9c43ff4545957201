// Valid rows for tests, built on the shared types. Tests seed IndexedDB through src/data functions
// (applyChanges, saveMe) with these, never by faking hooks.
import type { MeResponse } from '../../shared/api/me';
import type { Involvement, Member, Perspective } from '../../shared/domain';
import type { EntityName } from '../../shared/sync/protocol';

export const newId = (): string => crypto.randomUUID();

export function aMember(overrides: Partial<Member> & Pick<Member, 'caseId'>): Member {
  return {
    id: newId(),
    displayName: 'Naima',
    role: 'parent',
    hasCustody: true,
    youthAllowsParentView: false,
    relation: null,
    ...overrides,
  };
}

/** Words of a family member about the case, shared with everyone; override what the test is about. */
export function aPerspective(
  overrides: Partial<Perspective> & Pick<Perspective, 'caseId' | 'authorMemberId'>,
): Perspective {
  return {
    id: newId(),
    subject: { type: 'case', id: overrides.caseId },
    stance: 'story',
    text: 'Ik wil bij oma blijven wonen.',
    houses: null,
    audience: 'everyone',
    correctionStatus: null,
    correctionReason: null,
    readBy: [],
    withdrawn: false,
    createdAt: '2026-11-10T10:00:00.000Z',
    updatedAt: '2026-11-10T10:00:00.000Z',
    ...overrides,
  };
}

export function anInvolvement(overrides: Partial<Involvement> & Pick<Involvement, 'caseId'>): Involvement {
  return {
    id: newId(),
    roleKey: 'school',
    organisation: 'De Regenboog',
    personName: 'Karin Smit',
    function: 'Mentor',
    contact: { phone: '030 123 45 67', email: 'k.smit@example.org', hours: 'ma–vr 8–16 uur' },
    contactFor: [],
    since: '2024-09-01',
    until: null,
    ...overrides,
  };
}

export function aMe(caseId: string, memberId: string): MeResponse {
  return {
    user: { id: newId(), kind: 'family', displayName: 'Naima' },
    memberships: [{ caseId, memberId }],
  };
}

export const put = (entity: EntityName, value: unknown) => ({ op: 'put', entity, value });
