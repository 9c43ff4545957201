import type { Member } from '../../shared/domain';
import type { EntityName, PutChange } from '../../shared/sync/protocol';
import { visibleValue } from '../policy/read-policy';
import { createReadScope } from '../policy/read-scope';
import type { CaseSnapshot } from '../storage/storage';
import { valuesOf } from './run-mutation';

/**
 * "Bekijk als …" (decision 009): the rows a member's full pull would hold today, computed by the same
 * read policy as pull, so a professional checks what the family app really shows, not a guess. The
 * professional's own read policy applies on top: a member's private words reach nobody else, so the
 * preview leaves them out (and does not say whether there are any). Read-only; the route logs it.
 */
const pullOrder = [
  'member',
  'involvement',
  'decision',
  'statement',
  'event',
  'perspective',
  'reply',
] as const;

export function viewAs(
  snapshot: CaseSnapshot,
  viewer: Member,
  professional: Member,
  today: string,
): PutChange[] {
  const values = valuesOf(snapshot);
  const asMember = createReadScope(viewer, today, values);
  const asProfessional = createReadScope(professional, today, values);
  const changes: PutChange[] = [];
  const add = (entity: EntityName, value: PutChange['value']) => {
    const seen = visibleValue(entity, value as never, asMember);
    if (seen && visibleValue(entity, value as never, asProfessional)) {
      changes.push({ op: 'put', entity, value: seen } as PutChange);
    }
  };
  add('case', snapshot.case.value);
  for (const entity of pullOrder) for (const row of snapshot.rows[entity]) add(entity, row.value);
  return changes;
}
