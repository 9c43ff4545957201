import type { EntityName, EntityValue } from '../../shared/sync/protocol';
import { isListed, isNetwork, isProfessional, isSelf, type ReadScope } from './read-scope';

/**
 * The reading half of shared/POLICY.md as a table, one entry per entity. `hiddenFrom` is applied
 * before any of this by read-policy.ts and always wins. Per entity:
 * - `row`: may the viewer know the row exists at all (denied means not even its id is sent);
 * - `fields`: fields left out unless their predicate allows them;
 * - `refs`: rewrites references to rows the viewer cannot see, so their ids never leak.
 * `canSee(entity, id)` checks a referenced row with the same table (defined in read-policy.ts).
 */
export type CanSee = (entity: EntityName, id: string) => boolean;
type Value<E extends EntityName> = EntityValue<E>;

export interface FieldRule<E extends EntityName> {
  fields: readonly (keyof Value<E>)[];
  allow: (value: Value<E>, scope: ReadScope) => boolean;
}

export interface ReadRule<E extends EntityName> {
  row: (value: Value<E>, scope: ReadScope, canSee: CanSee) => boolean;
  fields?: readonly FieldRule<E>[];
  refs?: (value: Value<E>, canSee: CanSee) => Value<E>;
}

const everyone = () => true;

export const readRules: { [E in EntityName]: ReadRule<E> } = {
  case: { row: everyone },
  member: {
    row: everyone,
    fields: [
      {
        fields: ['birthDate', 'address', 'phone', 'email'],
        allow: (member, scope) => isProfessional(scope) || isSelf(member.id, scope),
      },
    ],
  },
  involvement: {
    row: everyone,
    fields: [
      { fields: ['contact'], allow: (involvement, scope) => !isListed(involvement.contactHiddenFrom, scope) },
    ],
  },
  decision: {
    // Parents and youth are parties to the court case; the network only sees what is shared with it.
    row: (decision, scope) => !isNetwork(scope) || decision.sharedWithNetwork,
    refs: (decision, canSee) =>
      decision.decidedBy && !canSee('involvement', decision.decidedBy)
        ? { ...decision, decidedBy: null }
        : decision,
  },
  statement: { row: (statement, _scope, canSee) => canSee('decision', statement.decisionId) },
  event: {
    row: (event, scope) => !isNetwork(scope) || event.invitedMembers.includes(scope.viewer.id),
    refs: (event, canSee) => ({
      ...event,
      withInvolvements: event.withInvolvements.filter((id) => canSee('involvement', id)),
    }),
  },
  perspective: {
    row: (perspective, scope, canSee) => {
      if (isSelf(perspective.authorMemberId, scope)) return true;
      const heard =
        perspective.audience === 'everyone' ||
        (perspective.audience === 'professionals' && isProfessional(scope));
      const { type, id } = perspective.subject;
      return heard && (type === 'case' || canSee(type, id));
    },
  },
  reply: { row: (reply, _scope, canSee) => canSee('perspective', reply.perspectiveId) },
};

/** Lists of withheld members are the professional's working data: only professionals receive them. */
export const professionalOnlyFields = ['hiddenFrom', 'contactHiddenFrom'] as const;
