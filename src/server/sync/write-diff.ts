import { isDeepStrictEqual } from 'node:util';
import type { Member } from '../../shared/domain';
import type { EntityValue } from '../../shared/sync/protocol';
import { visibleValue } from '../policy/read-policy';
import type { ReadScope } from '../policy/read-scope';
import type { Storage } from '../storage/storage';
import type { CaseRows } from './case-rows';
import type { RowEntity, Write } from './mutators/mutator';
import { diffVisibility, rowKey, type CaseValues, type VisibilityDiff } from './visibility-diff';

/**
 * Tombstones by evaluation (decision 005) at the cost of the write (decision 010): the same
 * comparison as visibility-diff.ts, but only over the written rows and the rows whose visibility
 * depends on them. A row depends on the rows it refers to (row-references.ts); so when a row's
 * visibility changes for some member, or a youth's age or consent changes, the rows that refer to
 * it (found by index in `row_refs`) are compared too, and so on. Only a change to a reader's own
 * role, custody or birth date can change their view of rows nothing points at: that rare write
 * (member.update by a professional) still compares the whole case.
 */
type Value = EntityValue<RowEntity>;
const idOf = (w: Write) => (w.op === 'put' ? w.value.id : w.id);

const readerChanged = (before: Member, after: Member) =>
  before.role !== after.role ||
  before.hasCustody !== after.hasCustody ||
  before.birthDate !== after.birthDate;
const youthChanged = (before: Member, after: Member) =>
  readerChanged(before, after) || before.youthAllowsParentView !== after.youthAllowsParentView;

interface Viewer {
  id: string;
  was: ReadScope | undefined;
  now: ReadScope;
}

export async function diffWrites(
  tx: Storage,
  rows: CaseRows,
  writes: readonly Write[],
  today: string,
): Promise<VisibilityDiff> {
  await rows.withClosure(
    writes.map((w) => ({ entity: w.entity, id: idOf(w) })),
    writes,
  );
  const after = new Map<string, Value | null>(
    writes.map((w) => [rowKey(w.entity, idOf(w)), w.op === 'put' ? w.value : null]),
  );
  const membersAfter = new Map(rows.members.map((m) => [m.value.id, m.value]));
  for (const w of writes)
    if (w.entity === 'member' && w.op === 'put') membersAfter.set(w.value.id, w.value as Member);
  const membersBefore = new Map(rows.members.map((m) => [m.value.id, m.value]));
  for (const [id, member] of membersAfter) {
    const previous = membersBefore.get(id);
    if (previous && readerChanged(previous, member)) return wholeCaseDiff(tx, rows, writes, today);
  }
  const viewers: Viewer[] = [...membersAfter.values()].map((member) => {
    const previous = membersBefore.get(member.id);
    return {
      id: member.id,
      was: previous && rows.scope(previous, today),
      now: rows.scope(member, today, writes),
    };
  });

  const changes: VisibilityDiff['changes'] = [];
  const touched = new Set<string>();
  const done = new Set<string>();
  let queue = writes.map((w) => ({ entity: w.entity, id: idOf(w) }));
  while (queue.length > 0) {
    const next: { entity: RowEntity; id: string }[] = [];
    for (const { entity, id } of queue) {
      const key = rowKey(entity, id);
      if (done.has(key)) continue;
      done.add(key);
      const oldRow = rows.get(entity, id);
      const newRow = after.has(key) ? (after.get(key) ?? undefined) : oldRow;
      const isWritten = after.has(key);
      let spreads =
        entity === 'member' && !!oldRow && !!newRow && youthChanged(oldRow as Member, newRow as Member);
      for (const viewer of viewers) {
        const seenBefore = viewer.was && oldRow ? visibleValue(entity, oldRow, viewer.was) : null;
        const seenAfter = newRow ? visibleValue(entity, newRow, viewer.now) : null;
        if (seenBefore && !seenAfter) changes.push({ memberId: viewer.id, entity, rowId: id });
        else if (seenAfter && !isWritten && !isDeepStrictEqual(seenBefore, seenAfter) && viewer.was)
          changes.push({ memberId: viewer.id, entity, rowId: id });
        if ((seenBefore || seenAfter) && (isWritten || !isDeepStrictEqual(seenBefore, seenAfter)))
          touched.add(viewer.id);
        if (viewer.was && !seenBefore !== !seenAfter) spreads = true;
      }
      if (!spreads) continue;
      const referrers = await tx.listReferrers(rows.caseId, id);
      const refs = referrers.map((r) => ({ entity: r.entity, id: r.rowId }));
      await rows.withClosure(refs);
      next.push(...refs);
    }
    queue = next;
  }
  return { changes, touchedMembers: [...touched] };
}

/** The whole-case comparison of decision 005, for a change to a reader's own role, custody or age. */
async function wholeCaseDiff(
  tx: Storage,
  rows: CaseRows,
  writes: readonly Write[],
  today: string,
): Promise<VisibilityDiff> {
  const snapshot = await tx.loadCaseSnapshot(rows.caseId);
  if (!snapshot) return { changes: [], touchedMembers: [] };
  const before = { case: [snapshot.case.value] } as unknown as Record<string, Value[]>;
  for (const [entity, stored] of Object.entries(snapshot.rows)) before[entity] = stored.map((r) => r.value);
  const afterValues = { ...before };
  for (const w of writes) {
    const rest = (afterValues[w.entity] ?? []).filter((row) => row.id !== idOf(w));
    afterValues[w.entity] = w.op === 'put' ? [...rest, w.value] : rest;
  }
  const written = new Set(writes.map((w) => rowKey(w.entity, idOf(w))));
  return diffVisibility(
    before as unknown as CaseValues,
    afterValues as unknown as CaseValues,
    written,
    today,
  );
}
