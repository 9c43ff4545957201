import type { Change, EntityName, PullRequest, PullResponse, PutChange } from '../../shared/sync/protocol';
import { ApiError } from '../http/api-error';
import { visibleValue } from '../policy/read-policy';
import type { ReadScope } from '../policy/read-scope';
import { rowOrder, type IdRow } from '../storage/case-read-queries';
import type { Storage, UserRecord } from '../storage/storage';
import { CaseRows } from './case-rows';
import { decodeCursor, encodeCursor, type CaseVersions, type PageStates } from './cursor';
import type { RowEntity } from './mutators/mutator';

/**
 * Incremental pull (DESIGN.md §4) at the cost of the change (decision 010). Per case the user is a
 * member of: the rows written after the client's version of that case, plus the rows whose
 * visibility changed for this member since, each passed through the read policy for this member
 * today. Visible → `put` (a row that just became visible arrives whole); no longer visible →
 * `delete` by id, which only ever reaches a member who could see that row (visibility-diff.ts). A
 * case whose version is the client's answers from its version alone. A case the user is no longer
 * a member of → `purge-case` (SECURITY.md A4). A case new to the client arrives in pages of
 * PAGE_ROWS rows: each page is the rows up to the version the first page saw, in (entity, id)
 * order; what was written later follows as an incremental pull. While pages are coming, and once
 * right after, the answer says `more: true`: the client pulls again at once and settles its outbox
 * only on an answer without it (lastMutationId is read before the rows it covers).
 * A cursor that is not ours, not this user's, not from today (age rules) or ahead of the case
 * → `{reset:true}`. Rejections: all of the client's, oldest first.
 */
export const PAGE_ROWS = 300;

type CaseOutcome =
  { reset: true } | { changes: Change[]; version?: number; page?: PageStates[string]; read?: number };

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
  let paging: PageStates = {};
  if (request.cursor !== null) {
    const state = decodeCursor(cursorKey, request.cursor);
    if (!state || state.userId !== user.id || state.day !== today) return { reset: true };
    known = state.cases;
    paging = state.pages ?? {};
  }
  const changes: Change[] = [];
  const versions: CaseVersions = {};
  const pages: PageStates = {};
  let budget = PAGE_ROWS;
  let more = false;
  const memberships = await storage.listMembershipsForUser(user.id);
  const current = new Set(memberships.map((m) => m.caseId));
  for (const caseId of new Set([...Object.keys(known), ...Object.keys(paging)])) {
    if (!current.has(caseId)) changes.push({ op: 'purge-case', caseId });
  }
  for (const { caseId, memberId } of memberships) {
    const since = known[caseId];
    const page = paging[caseId];
    let outcome: CaseOutcome;
    if (since !== undefined)
      outcome = await storage.snapshot((tx) => changedSince(tx, caseId, memberId, since, today));
    else if (budget <= 0) {
      more = true;
      continue;
    } else {
      outcome = await storage.snapshot((tx) =>
        firstPullPage(tx, caseId, memberId, page ?? null, budget, today),
      );
      budget -= 'changes' in outcome ? (outcome.read ?? 0) : 0;
      if (page) more = true;
    }
    if ('reset' in outcome) return { reset: true };
    changes.push(...outcome.changes);
    if (outcome.version !== undefined) versions[caseId] = outcome.version;
    if (outcome.page) {
      pages[caseId] = outcome.page;
      more = true;
    }
  }
  return {
    cursor: encodeCursor(cursorKey, { userId: user.id, day: today, cases: versions, pages }),
    lastMutationId: client?.lastMutationId ?? 0,
    rejections: client ? await storage.listRejections(request.clientId) : [],
    changes,
    ...(more ? { more: true as const } : {}),
  };
}

/** An incremental pull of one case, in one snapshot. */
async function changedSince(
  tx: Storage,
  caseId: string,
  memberId: string,
  since: number,
  today: string,
): Promise<CaseOutcome> {
  const head = await tx.caseHead(caseId);
  if (!head) return { changes: [] };
  if (since > head.version) return { reset: true };
  if (since === head.version) return { changes: [], version: since };
  const rows = await CaseRows.load(tx, caseId);
  const viewer = rows.members.find((m) => m.value.id === memberId)?.value;
  if (!viewer) return { changes: [] };
  const written = await tx.listRowsSince(caseId, since, head.version);
  const touched = await tx.listVisibilityChanges(caseId, memberId, since, head.version);
  rows.remember(written);
  await rows.withClosure([...written, ...touched.map((t) => ({ entity: t.entity, id: t.rowId }))]);
  const scope = rows.scope(viewer, today);
  const puts: PutChange[] = [];
  if (head.rowVersion > since) puts.push({ op: 'put', entity: 'case', value: head.value });
  const deletes: Change[] = [];
  const candidates = new Map<string, { entity: RowEntity; id: string }>();
  for (const row of [...written, ...touched.map((t) => ({ entity: t.entity, id: t.rowId }))]) {
    candidates.set(`${row.entity}:${row.id}`, row);
  }
  const wasTouched = new Set(touched.map((t) => `${t.entity}:${t.rowId}`));
  for (const [key, { entity, id }] of candidates) {
    const value = rows.get(entity, id);
    const seen = value && visibleValue(entity, value, scope);
    if (seen) puts.push(putOf(entity, seen));
    // A row the member never saw is never named (decision 005).
    else if (wasTouched.has(key)) deletes.push(deleteOf(entity, id));
  }
  return { changes: [...sorted(puts), ...deletes], version: head.version };
}

/** One page of a case the client does not have yet, in one snapshot. */
async function firstPullPage(
  tx: Storage,
  caseId: string,
  memberId: string,
  page: PageStates[string] | null,
  budget: number,
  today: string,
): Promise<CaseOutcome> {
  const head = await tx.caseHead(caseId);
  if (!head) return { changes: [] };
  const upTo = page?.upTo ?? head.version;
  const rows = await CaseRows.load(tx, caseId);
  const viewer = rows.members.find((m) => m.value.id === memberId)?.value;
  if (!viewer) return { changes: [] };
  const found = await tx.listRowsPage(caseId, page?.after ?? null, upTo, budget);
  rows.remember(found);
  await rows.withClosure(found);
  const scope = rows.scope(viewer, today);
  const puts: PutChange[] = page ? [] : [{ op: 'put', entity: 'case', value: head.value }];
  puts.push(...visiblePuts(found, scope));
  const last = found.at(-1);
  if (found.length < budget || !last) return { changes: puts, version: upTo, read: found.length };
  const after = { entity: rowOrder.indexOf(last.entity), id: last.id };
  return { changes: puts, page: { upTo, after }, read: found.length };
}

function visiblePuts(found: readonly IdRow[], scope: ReadScope): PutChange[] {
  const puts: PutChange[] = [];
  for (const row of found) {
    const seen = visibleValue(row.entity, row.value, scope);
    if (seen) puts.push(putOf(row.entity, seen));
  }
  return puts;
}

const putOf = (entity: EntityName, value: unknown) => ({ op: 'put', entity, value }) as PutChange;
const deleteOf = (entity: RowEntity, id: string): Change => ({ op: 'delete', entity, id });
const order = (entity: EntityName) => (entity === 'case' ? -1 : rowOrder.indexOf(entity));
const sorted = (puts: PutChange[]) => [...puts].sort((a, b) => order(a.entity) - order(b.entity));
