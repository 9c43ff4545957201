import type { Member } from '../../shared/domain';
import type { MutationName } from '../../shared/sync/mutations';

/**
 * The writing half of shared/POLICY.md as one table: per mutation, what a professional and what a
 * family member (parent, youth, network) of the case needs to run it. A missing grant is a denial.
 * What this table can assume was checked before it (src/server/sync/run-mutation.ts): the actor is a
 * member of the target's case and can see the target row (else `not-found`, never `forbidden`, so
 * an outsider learns nothing). Author, timestamps and correction status are set by the server.
 * Conditions: `own` the target perspective was written by the actor; `note` a professional's own
 * perspective stays a note for professionals.
 */
export type WriteCondition = 'own' | 'note';
/** The conditions that must all hold; `[]` means always allowed. */
export type Grant = readonly WriteCondition[];

export interface WriteRule {
  professional?: Grant;
  family?: Grant;
}

const always: Grant = [];
const professionalOnly: WriteRule = { professional: always };

export const writeRules: Record<MutationName, WriteRule> = {
  'perspective.add': { professional: ['note'], family: always },
  'perspective.edit': { professional: ['own', 'note'], family: ['own'] },
  'perspective.withdraw': { professional: ['own'], family: ['own'] },
  'perspective.resolve': professionalOnly,
  'perspective.markRead': { professional: always, family: always },
  'perspective.setObjection': professionalOnly,
  'reply.add': { professional: always, family: ['own'] },
  'involvement.put': professionalOnly,
  'involvement.end': professionalOnly,
  'decision.put': professionalOnly,
  'decision.withdraw': professionalOnly,
  'statement.put': professionalOnly,
  'statement.withdraw': professionalOnly,
  'event.put': professionalOnly,
  'event.cancel': professionalOnly,
  // No member exists before the case: the actor counts as a professional when their login is one
  // (mayCreateCase); creating a case makes them its professional member.
  'case.create': professionalOnly,
  'member.add': professionalOnly,
  'member.update': professionalOnly,
  'member.end': professionalOnly,
  'team.add': professionalOnly,
  'team.setRole': professionalOnly,
};

export interface WriteRequest {
  actor: Member;
  /** The perspective the mutation acts on or through (its author decides `own`). */
  perspective?: { authorMemberId: string };
  /** The audience the perspective will have after the write. */
  audience?: string;
}

const holds = (condition: WriteCondition, request: WriteRequest): boolean => {
  switch (condition) {
    case 'own':
      return request.perspective?.authorMemberId === request.actor.id;
    case 'note':
      return request.audience === undefined || request.audience === 'professionals';
  }
};

/** case.create has no case to be a member of yet: the login's kind stands in for the role. */
export const mayCreateCase = (userKind: 'family' | 'professional') =>
  writeRules['case.create'][userKind === 'professional' ? 'professional' : 'family'] !== undefined;

/** May this member run this mutation on this target? */
export function mayWrite(name: MutationName, request: WriteRequest): boolean {
  const rule = writeRules[name];
  const grant = request.actor.role === 'professional' ? rule.professional : rule.family;
  return grant !== undefined && grant.every((condition) => holds(condition, request));
}
