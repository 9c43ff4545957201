import type { EntityName, EntityValue } from '../../shared/sync/protocol';
import { isHiddenFrom, readRules, professionalOnlyFields, type CanSee, type ReadRule } from './read-rules';
import { isProfessional, type ReadScope } from './read-scope';

/**
 * Decides what one member may read of one row: the value as they may see it, or null when they may
 * not know it exists. Every read of case data goes through here (pull, and later every route).
 * Order: `hiddenFrom`/`withheld` wins, then the entity's row rule, then its references and field rules, then
 * the professional-only lists are stripped. Anything the table does not grant is left out.
 */
export function visibleValue<E extends EntityName>(
  entity: E,
  value: EntityValue<E>,
  scope: ReadScope,
): EntityValue<E> | null {
  const rule = readRules[entity] as ReadRule<E>;
  if (isHiddenFrom(value, scope)) return null;
  const canSee = canSeeIn(scope);
  if (!rule.row(value, scope, canSee)) return null;
  const result: Record<string, unknown> = { ...(rule.refs ? rule.refs(value, canSee, scope) : value) };
  for (const fieldRule of rule.fields ?? []) {
    if (!fieldRule.allow(value, scope)) for (const field of fieldRule.fields) delete result[field as string];
  }
  if (!isProfessional(scope)) for (const field of professionalOnlyFields) delete result[field];
  return result as EntityValue<E>;
}

/** A referenced row counts as visible only if it exists in the case and passes the same policy. */
const canSeeIn =
  (scope: ReadScope): CanSee =>
  (entity, id) => {
    const target = scope.find(entity, id);
    return target !== undefined && visibleValue(entity, target, scope) !== null;
  };
