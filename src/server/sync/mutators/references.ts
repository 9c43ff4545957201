import type { EntityValue } from '../../../shared/sync/protocol';
import { put, type MutatorContext, type RowEntity, type Write } from './mutator';

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

export async function referencesStayInCase(
  entity: RowEntity,
  value: EntityValue<RowEntity>,
  context: MutatorContext,
): Promise<boolean> {
  const record = value as unknown as Record<string, unknown>;
  for (const { field, entity: target } of referenceFields[entity] ?? []) {
    const raw = record[field];
    const ids: unknown[] = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
    for (const id of new Set(ids)) {
      if (typeof id !== 'string' || !(await context.find(target, id))) return false;
    }
  }
  return true;
}

/**
 * Professionals' rows (involvements, decisions, statements, events) are written whole by `*.put`;
 * its case comes from the args only for a new row (run-mutation.ts refuses a put that names another
 * case than the stored row's), and every reference must stay inside the case.
 */
export async function putChecked<E extends RowEntity>(
  entity: E,
  value: EntityValue<E>,
  context: MutatorContext,
): Promise<Write[] | 'bad-request'> {
  return (await referencesStayInCase(entity, value, context)) ? [put(entity, value)] : 'bad-request';
}

/** The target of a mutation that names an existing row by id. */
export const byId = <E extends RowEntity>(entity: E) => ({
  target: (args: { id: string }) => ({ entity, id: args.id, exists: 'existing' as const }),
});

/** The target of a `*.put`: the row, new or existing, in the case its value names. */
export const putTarget =
  <E extends RowEntity>(entity: E) =>
  ({ value }: { value: { id: string; caseId: string } }) => ({
    entity,
    id: value.id,
    exists: 'either' as const,
    caseId: value.caseId,
  });
