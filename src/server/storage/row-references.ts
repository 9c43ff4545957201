import type { EntityName, EntityValue } from '../../shared/sync/protocol';

/**
 * The references the read policy follows from a row to another row of its case (a statement to its
 * decision, a reply to its perspective and author, a decision to the involvement that decided it…).
 * Stored in `row_refs` (migration 0010) beside every live row, so the rows whose visibility may
 * depend on a written row are found by index instead of by reading the case (decision 010).
 */
type RowEntity = Exclude<EntityName, 'case'>;

export interface RowReference {
  field: string;
  entity: RowEntity;
  id: string;
}

type Fields = Record<string, unknown>;
const one = (field: string, entity: RowEntity, id: unknown): RowReference[] =>
  typeof id === 'string' && id !== '' ? [{ field, entity, id }] : [];

const rules: Partial<Record<RowEntity, (value: Fields) => RowReference[]>> = {
  statement: (v) => one('decisionId', 'decision', v.decisionId),
  reply: (v) => [
    ...one('perspectiveId', 'perspective', v.perspectiveId),
    ...one('authorMemberId', 'member', v.authorMemberId),
  ],
  perspective: (v) => {
    const subject = v.subject as { type: string; id: string };
    const about = subject.type === 'case' ? [] : one('subject.id', subject.type as RowEntity, subject.id);
    return [...about, ...one('authorMemberId', 'member', v.authorMemberId)];
  },
  decision: (v) => one('decidedBy', 'involvement', v.decidedBy),
  event: (v) =>
    [...new Set((v.withInvolvements as string[] | undefined) ?? [])].flatMap((id) =>
      one('withInvolvements', 'involvement', id),
    ),
};

export function referencesOf(entity: RowEntity, value: EntityValue<RowEntity>): RowReference[] {
  return rules[entity]?.(value as unknown as Fields) ?? [];
}
