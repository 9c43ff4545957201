import type { Change, EntityName, PullRequest, PullResponse, PutChange } from '../../shared/sync/protocol';
import { ApiError } from '../http/api-error';
import { visibleValue } from '../policy/read-policy';
import { createReadScope, type ReadScope } from '../policy/read-scope';
import type { Storage, UserRecord } from '../storage/storage';
import type { CaseSince } from '../storage/sync-queries';
import { decodeCursor, encodeCursor, type CaseVersions } from './cursor';
import { valuesOf } from './run-mutation';

/**
 * Incremental pull (DESIGN.md §4). Per case the user is a member of: every row written after the
 * client's version of that case, plus every row whose visibility changed for this member since,
 * each passed through the read policy for this member today. Visible → `put` (a row that just
 * became visible arrives whole); no longer visible → `delete` by id, which only ever reaches a
 * member who could see that row (visibility-diff.ts). A case the user is no longer a member of
 * → `purge-case` (SECURITY.md A4). A new case, or no cursor → every visible row of it.
 * A cursor that is not ours, not this user's, not from today (age rules) or ahead of the case
 * → `{reset:true}`. lastMutationId is read before the rows, so the rows include every mutation
 * it covers. Rejections: all of the client's, oldest first (the client knows which it has shown).
 */
const rowOrder = ['member', 'involvement', 'decision', 'statement', 'event', 'perspective', 'reply'] as const;

export async function pull(
  storage: Storage,
  user: UserRecord,
  request: PullRequest,
  cursorKey: Buffer,
  today: string,
): Promise<PullResponse> {
  const client = await storage.findClient(request.clientId);
  if (client && client.userId !== user.id) throw new ApiError(403, 'forbidden');
  let known: CaseVersions = {};
  if (request.cursor !== null) {
    const state = decodeCursor(cursorKey, request.cursor);
    if (!state || state.userId !== user.id || state.day !== today) return { reset: true };
    known = state.cases;
  }
  const changes: Change[] = [];
  const versions: CaseVersions = {};
  const memberships = await storage.listMembershipsForUser(user.id);
  const current = new Set(memberships.map((m) => m.caseId));
  for (const caseId of Object.keys(known)) {
    if (!current.has(caseId)) changes.push({ op: 'purge-case', caseId });
  }
  for (const { caseId, memberId } of memberships) {
    const since = known[caseId] ?? 0;
    const loaded = await storage.loadCaseSince(caseId, memberId, since);
    if (!loaded) continue;
    if (since > loaded.snapshot.version) return { reset: true };
    const viewer = loaded.snapshot.rows.member.find((row) => row.id === memberId)?.value;
    if (!viewer) continue;
    versions[caseId] = loaded.snapshot.version;
    const scope = createReadScope(viewer, today, valuesOf(loaded.snapshot));
    changes.push(...caseChanges(loaded, scope, since));
  }
  return {
    cursor: encodeCursor(cursorKey, { userId: user.id, day: today, cases: versions }),
    lastMutationId: client?.lastMutationId ?? 0,
    rejections: client ? await storage.listRejections(request.clientId) : [],
    changes,
  };
}

function caseChanges({ snapshot, touched }: CaseSince, scope: ReadScope, since: number): Change[] {
  const changed = new Set(since === 0 ? [] : touched.map((t) => `${t.entity}:${t.rowId}`));
  const puts: PutChange[] = [];
  const visible = new Set<string>();
  const add = (entity: EntityName, id: string, version: number, value: PutChange['value']) => {
    const seen = visibleValue(entity, value as never, scope);
    if (!seen) return;
    visible.add(`${entity}:${id}`);
    if (version > since || changed.has(`${entity}:${id}`)) {
      puts.push({ op: 'put', entity, value: seen } as PutChange);
    }
  };
  add('case', snapshot.case.id, snapshot.case.version, snapshot.case.value);
  for (const entity of rowOrder) {
    for (const row of snapshot.rows[entity]) add(entity, row.id, row.version, row.value);
  }
  const deletes: Change[] = touched
    .filter((t) => since > 0 && !visible.has(`${t.entity}:${t.rowId}`))
    .map((t) => ({ op: 'delete', entity: t.entity, id: t.rowId }));
  return [...puts, ...deletes];
}
