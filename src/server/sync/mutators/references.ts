import type { EntityValue } from '../../../shared/sync/protocol';
import type { MutatorContext, RowEntity } from './mutator';

/**
 * Every id a professional's row points at must be a row of the same case, so a put can never link
 * (or leak through) another case's members, involvements or decisions.
 */
type RefList = { field: string; entity: RowEntity }[];

const members = (...fields: string[]): RefList => fields.map((field) => ({ field, entity: 'member' }));

const referenceFields: Partial<Record<RowEntity, RefList>> = {
  involvement: members('contactFor', 'hiddenFrom', 'contactHiddenFrom'),
  decision: [...members('hiddenFrom'), { field: 'decidedBy', entity: 'involvement' }],
  statement: [...members('hiddenFrom'), { field: 'decisionId', entity: 'decision' }],
  event: [...members('invitedMembers', 'hiddenFrom'), { field: 'withInvolvements', entity: 'involvement' }],
};

export function referencesStayInCase(
  entity: RowEntity,
  value: EntityValue<RowEntity>,
  context: MutatorContext,
): boolean {
  const record = value as unknown as Record<string, unknown>;
  return (referenceFields[entity] ?? []).every(({ field, entity: target }) => {
    const raw = record[field];
    const ids = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
    const known = new Set(context.rowsOf(target).map((row) => row.id));
    return ids.every((id) => typeof id === 'string' && known.has(id));
  });
}
