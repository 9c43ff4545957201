import { ageOn as ageOnDay } from '../../shared/catalog/dates';
import type { Day, Member } from '../../shared/domain';
import type { EntityName, EntityValue } from '../../shared/sync/protocol';

/**
 * What the read policy knows when it decides: who is reading (their member row in the case, as
 * stored, and today's date for age rules) and a lookup of the case's other stored rows, because
 * some rows are visible only through others (a statement through its decision, a reply through
 * its perspective).
 */
export interface ReadScope {
  viewer: Member;
  today: Day;
  find<E extends EntityName>(entity: E, id: string): EntityValue<E> | undefined;
}

export const isProfessional = (scope: ReadScope) => scope.viewer.role === 'professional';
export const isNetwork = (scope: ReadScope) => scope.viewer.role === 'network';
export const isSelf = (memberId: string, scope: ReadScope) => scope.viewer.id === memberId;
export const isListed = (list: readonly string[] | undefined, scope: ReadScope) =>
  list?.includes(scope.viewer.id) ?? false;

/** Whole years between a birth date and today (both `YYYY-MM-DD`); null when unknown. */
export function ageOn(birthDate: Day | null | undefined, today: Day): number | null {
  return birthDate ? ageOnDay(birthDate, today) : null;
}

type Rows = { [E in EntityName]?: readonly EntityValue<E>[] };

/** Builds the lookup over one case's rows. */
export function createReadScope(viewer: Member, today: Day, rows: Rows): ReadScope {
  const index = new Map<string, unknown>();
  for (const [entity, values] of Object.entries(rows)) {
    for (const value of values ?? []) index.set(`${entity}:${value.id}`, value);
  }
  return {
    viewer,
    today,
    find: <E extends EntityName>(entity: E, id: string) =>
      index.get(`${entity}:${id}`) as EntityValue<E> | undefined,
  };
}
