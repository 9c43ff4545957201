import type { PullRequest, PullResponse, PutChange } from '../../shared/sync/protocol';
import type { EntityName } from '../../shared/sync/protocol';
import { visibleValue } from '../policy/read-policy';
import { createReadScope } from '../policy/read-scope';
import type { CaseSnapshot, Storage, UserRecord } from '../storage/storage';
import { encodeCursor } from './cursor';

/**
 * Pull, first version: a full snapshot of every case the user is a member of, each row passed
 * through the read policy as that user's member in that case. The incoming cursor is not used yet
 * (incremental pulls and `{reset:true}` come with the sync engine); the answer always restarts the
 * client from a complete, signed state, which is correct for any cursor.
 */
const rowOrder = ['member', 'involvement', 'decision', 'statement', 'event', 'perspective', 'reply'] as const;

export async function pullSnapshot(
  storage: Storage,
  user: UserRecord,
  request: PullRequest,
  cursorKey: Buffer,
  today: string,
): Promise<PullResponse> {
  const changes: PutChange[] = [];
  const versions: Record<string, number> = {};
  for (const { caseId, memberId } of await storage.listMembershipsForUser(user.id)) {
    const snapshot = await storage.loadCaseSnapshot(caseId);
    const viewer = snapshot?.rows.member.find((row) => row.id === memberId)?.value;
    if (!snapshot || !viewer) continue;
    versions[caseId] = snapshot.version;
    changes.push(...visibleChanges(snapshot, createReadScope(viewer, today, valuesOf(snapshot))));
  }
  const client = await storage.findClient(request.clientId);
  // A client id belongs to the user who first pushed with it; anyone else starts from nothing.
  const own = client?.userId === user.id;
  return {
    cursor: encodeCursor(cursorKey, versions),
    lastMutationId: own ? client.lastMutationId : 0,
    rejections: own ? await storage.listRejections(request.clientId) : [],
    changes,
  };
}

const valuesOf = (snapshot: CaseSnapshot) => ({
  case: [snapshot.case.value],
  ...Object.fromEntries(rowOrder.map((entity) => [entity, snapshot.rows[entity].map((row) => row.value)])),
});

function visibleChanges(snapshot: CaseSnapshot, scope: ReturnType<typeof createReadScope>): PutChange[] {
  const changes: PutChange[] = [];
  const add = (entity: EntityName, value: PutChange['value']) => {
    const visible = visibleValue(entity, value as never, scope);
    if (visible) changes.push({ op: 'put', entity, value: visible } as PutChange);
  };
  add('case', snapshot.case.value);
  for (const entity of rowOrder) for (const row of snapshot.rows[entity]) add(entity, row.value);
  return changes;
}
