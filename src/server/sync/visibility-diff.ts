import { isDeepStrictEqual } from 'node:util';
import type { Member } from '../../shared/domain';
import type { EntityName, EntityValue } from '../../shared/sync/protocol';
import { visibleValue } from '../policy/read-policy';
import { createReadScope } from '../policy/read-scope';
import type { RowEntity } from './mutators/mutator';

/**
 * Tombstones by evaluation (DESIGN.md §4): after a write, compare what every member of the case
 * could see before with what they can see after, through the same read policy pull uses. A member
 * is addressed a visibility change for a row that left their view (deleted, hidden, narrowed
 * through another row) or whose visible value changed without the row being written (a reference
 * to a row they can no longer see). Written rows reach readers through their new version; a member
 * who could see a row neither before nor after is never addressed, so nothing of it leaks.
 */
export type CaseValues = { [E in RowEntity]: EntityValue<E>[] } & { case: EntityValue<'case'>[] };

export interface VisibilityDiff {
  changes: { memberId: string; entity: RowEntity; rowId: string }[];
  /** Members whose view of the case changed at all: they get a poke. */
  touchedMembers: string[];
}

const rowEntities: RowEntity[] = [
  'member',
  'involvement',
  'decision',
  'statement',
  'event',
  'perspective',
  'reply',
];
const key = (entity: EntityName, id: string) => `${entity}:${id}`;

export function diffVisibility(
  before: CaseValues,
  after: CaseValues,
  written: ReadonlySet<string>,
  today: string,
): VisibilityDiff {
  const changes: VisibilityDiff['changes'] = [];
  const touched = new Set<string>();
  const beforeMembers = new Map(before.member.map((m) => [m.id, m]));
  for (const viewer of after.member as Member[]) {
    // A new member is compared with nothing: everything they see arrives as a full case pull.
    const previous = beforeMembers.get(viewer.id);
    const was = previous && createReadScope(previous, today, before);
    const now = createReadScope(viewer, today, after);
    for (const entity of rowEntities) {
      const old = new Map<string, EntityValue<RowEntity>>(before[entity].map((row) => [row.id, row]));
      const ids = new Set([...old.keys(), ...after[entity].map((row) => row.id)]);
      const current = new Map<string, EntityValue<RowEntity>>(after[entity].map((row) => [row.id, row]));
      for (const id of ids) {
        const oldRow = old.get(id);
        const newRow = current.get(id);
        const seenBefore = was && oldRow ? visibleValue(entity, oldRow, was) : null;
        const seenAfter = newRow ? visibleValue(entity, newRow, now) : null;
        const isWritten = written.has(key(entity, id));
        if (seenBefore && !seenAfter) changes.push({ memberId: viewer.id, entity, rowId: id });
        else if (seenAfter && !isWritten && !isDeepStrictEqual(seenBefore, seenAfter) && was)
          changes.push({ memberId: viewer.id, entity, rowId: id });
        if (seenBefore || seenAfter) {
          if (isWritten || !isDeepStrictEqual(seenBefore, seenAfter)) touched.add(viewer.id);
        }
      }
    }
  }
  return { changes, touchedMembers: [...touched] };
}

export { key as rowKey };
