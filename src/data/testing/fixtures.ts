// Valid rows for tests, built on the shared types. Tests seed IndexedDB through src/data functions
// (applyChanges, saveMe) with these, never by faking hooks.
import type { MeResponse } from '../../shared/api/me';
import type { Involvement, Member } from '../../shared/domain';
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
