import type { EntityName, EntityValue } from '../../shared/sync/protocol';
import { parentMaySeeYouthItem, readsChildTexts, type YouthItemKind } from './age-rules';
import { isListed, isNetwork, isProfessional, isSelf, type ReadScope } from './read-scope';

/**
 * The reading half of shared/POLICY.md as a table, one entry per entity. `hiddenFrom` is applied
 * before any of this by read-policy.ts and always wins. Per entity:
 * - `row`: may the viewer know the row exists at all (denied means not even its id is sent);
 * - `fields`: fields left out unless their predicate allows them;
 * - `refs`: rewrites references to rows the viewer cannot see, so their ids never leak, and gives
 *   a youth under 12 the youth texts only.
 * The Jeugdwet age rules (a parent and the youth's own items) are in age-rules.ts.
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
  refs?: (value: Value<E>, canSee: CanSee, scope: ReadScope) => Value<E>;
}

const everyone = () => true;

/**
 * A parent reading an item of a youth's own file (written by, or about, member `youthId`) passes the
 * age rules; any other pair of viewer and item is not affected by them.
 */
function ageRuleAllows(youthId: string, kind: YouthItemKind, scope: ReadScope): boolean {
  if (scope.viewer.role !== 'parent' || isSelf(youthId, scope)) return true;
  const youth = scope.find('member', youthId);
  if (!youth || youth.role !== 'youth') return true;
  return parentMaySeeYouthItem({
    kind,
    youthBirthDate: youth.birthDate,
    today: scope.today,
    youthAllowsParentView: youth.youthAllowsParentView,
    parentHasCustody: scope.viewer.hasCustody,
  });
}

/**
 * Contact details hidden from a member; and, when hidden from a parent, from the whole network too:
 * the network is the family's own circle (a grandparent may be that parent's mother), and who
 * belongs to whose side is not recorded (decision 013).
 */
function contactHiddenFor(involvement: Value<'involvement'>, scope: ReadScope): boolean {
  if (isListed(involvement.contactHiddenFrom, scope)) return true;
  if (!isNetwork(scope)) return false;
  return (involvement.contactHiddenFrom ?? []).some((id) => scope.find('member', id)?.role === 'parent');
}

export const readRules: { [E in EntityName]: ReadRule<E> } = {
  case: { row: everyone },
  member: {
    row: everyone,
    fields: [
      { fields: ['address'], allow: (member, scope) => isProfessional(scope) || isSelf(member.id, scope) },
      {
        fields: ['birthDate', 'phone', 'email'],
        allow: (member, scope) =>
          isProfessional(scope) ||
          isSelf(member.id, scope) ||
          (member.role === 'youth' &&
            scope.viewer.role === 'parent' &&
            ageRuleAllows(member.id, 'details', scope)),
      },
    ],
  },
  involvement: {
    row: everyone,
    fields: [{ fields: ['contact'], allow: (involvement, scope) => !contactHiddenFor(involvement, scope) }],
  },
  decision: {
    // Parents and youth are parties to the court case; the network only sees what is shared with it.
    row: (decision, scope) => !isNetwork(scope) || decision.sharedWithNetwork,
    refs: (decision, canSee, scope) => {
      const decidedBy =
        decision.decidedBy && canSee('involvement', decision.decidedBy) ? decision.decidedBy : null;
      // Under 12: the decision in the youth texts; the parents' explanation is left out (POLICY.md).
      const childTexts =
        scope.viewer.role === 'youth' && readsChildTexts(scope.viewer.birthDate, scope.today);
      const meaning = childTexts ? { parent: '', youth: decision.meaning.youth } : decision.meaning;
      return { ...decision, decidedBy, meaning };
    },
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
      if (!ageRuleAllows(perspective.authorMemberId, 'contribution', scope)) return false;
      const heard =
        perspective.audience === 'everyone' ||
        (perspective.audience === 'professionals' && isProfessional(scope));
      const { type, id } = perspective.subject;
      return heard && (type === 'case' || canSee(type, id));
    },
    // Earlier versions are for the author and the professionals (issue 9), not for every reader.
    fields: [
      {
        fields: ['history'],
        allow: (perspective, scope) => isProfessional(scope) || isSelf(perspective.authorMemberId, scope),
      },
    ],
  },
  reply: {
    row: (reply, scope, canSee) =>
      canSee('perspective', reply.perspectiveId) &&
      ageRuleAllows(reply.authorMemberId, 'contribution', scope),
  },
};

/**
 * Lists of withheld members and the reasons are the professional's working data: only professionals
 * receive them (a member is never told that, or why, something is withheld from them).
 */
export const professionalOnlyFields = ['hiddenFrom', 'contactHiddenFrom', 'withheld'] as const;

/** An item is hidden from a member listed in `hiddenFrom` or withheld from them with a reason. */
export function isHiddenFrom(value: unknown, scope: ReadScope): boolean {
  const { hiddenFrom, withheld } = value as { hiddenFrom?: string[]; withheld?: { memberId: string }[] };
  return isListed(hiddenFrom, scope) || (withheld ?? []).some((entry) => isSelf(entry.memberId, scope));
}
