// Applies one pull to the device copy. Every change is validated with the shared schema first and
// the whole pull is written in ONE transaction together with the new cursor, so a bad change or a
// crash halfway never leaves a mix of old and new rows behind a cursor that claims they are new.
// Pending writes are rebased over the pull (rebase.ts). A rejected write is rolled back by the
// server's truth like any other, and its outbox entry moves to `rejected` with the code, so the
// family's words stay on the device, shown as "niet geaccepteerd, omdat …", never silently dropped.
import { changeSchema, entityNames, type Change, type Rejection } from '../../shared/sync/protocol';
import { db, localDataGeneration } from '../db/gezien-db';
import { entityIdOf } from '../mutators/client-mutators';
import { replayOutbox, rewindPendingRows, syncTables } from './rebase';

export class InvalidChangeError extends Error {
  constructor(readonly index: number) {
    super(`Pulled change #${index} does not match the protocol`);
    this.name = 'InvalidChangeError';
  }
}

/** The device was wiped (logout) while this pull was under way; its data belongs to nobody now. */
export class StaleSessionError extends Error {
  constructor() {
    super('Local data was wiped during the pull');
    this.name = 'StaleSessionError';
  }
}

export interface PullResult {
  cursor: string;
  /** The server's last processed mutation of this client: outbox entries up to it leave. */
  lastMutationId?: number;
  rejections?: readonly Rejection[];
  /** A full pull after `{reset: true}`: replaces every entity row in the same transaction. */
  replaceAll?: boolean;
  /** localDataGeneration() when the pull started; defaults to now. */
  generation?: number;
}

export function parseChanges(raw: readonly unknown[]): Change[] {
  return raw.map((item, index) => {
    const parsed = changeSchema.safeParse(item);
    if (!parsed.success) throw new InvalidChangeError(index);
    return parsed.data;
  });
}

const entityTables = () => entityNames.map((name) => db.table(name));

export async function applyChanges(raw: readonly unknown[], result: PullResult): Promise<void> {
  const changes = parseChanges(raw);
  const generation = result.generation ?? localDataGeneration();
  if (generation !== localDataGeneration()) throw new StaleSessionError();
  await db.transaction('rw', syncTables(), async () => {
    if (generation !== localDataGeneration()) throw new StaleSessionError();
    await rewindPendingRows();
    if (result.replaceAll) await Promise.all(entityTables().map((table) => table.clear()));
    await applyAll(changes);
    if (result.lastMutationId !== undefined) {
      await settleCovered(result.lastMutationId, result.rejections ?? []);
      await db.meta.put({ key: 'lastMutationId', value: result.lastMutationId });
    }
    await replayOutbox();
    await db.meta.put({ key: 'cursor', value: result.cursor });
    await db.meta.put({ key: 'lastSyncedAt', value: new Date().toISOString() });
  });
}

/** Step 3 of the rebase: covered entries leave the outbox; rejected ones are kept with their code. */
async function settleCovered(lastMutationId: number, rejections: readonly Rejection[]): Promise<void> {
  const covered = await db.outbox.where('mutationId').belowOrEqual(lastMutationId).toArray();
  const codes = new Map(rejections.map((r) => [r.mutationId, r.code]));
  const rejectedAt = new Date().toISOString();
  for (const entry of covered) {
    const code = codes.get(entry.mutationId);
    if (code !== undefined) {
      await db.rejected.put({ ...entry, code, entityId: entityIdOf(entry.args), rejectedAt });
    }
  }
  await db.outbox.bulkDelete(covered.map((entry) => entry.mutationId));
}

/**
 * One bulk write per table (a page of a first pull is hundreds of rows). Within one pull a row is
 * either put or deleted, never both, and a purged case sends no rows, so the order does not matter.
 */
async function applyAll(changes: readonly Change[]): Promise<void> {
  const puts = new Map<string, unknown[]>();
  const deletes = new Map<string, string[]>();
  for (const change of changes) {
    if (change.op === 'purge-case') await purgeCase(change.caseId);
    else if (change.op === 'put') listIn(puts, change.entity).push(change.value);
    else listIn(deletes, change.entity).push(change.id);
  }
  for (const [entity, values] of puts) await db.table(entity).bulkPut(values);
  for (const [entity, ids] of deletes) await db.table(entity).bulkDelete(ids);
}

function listIn<T>(lists: Map<string, T[]>, key: string): T[] {
  const list = lists.get(key) ?? [];
  lists.set(key, list);
  return list;
}

/** I lost access to a case: nothing of it may stay on the device, not even my unsent writes. */
async function purgeCase(caseId: string): Promise<void> {
  await db.case.delete(caseId);
  for (const name of entityNames) {
    if (name !== 'case') await db.table(name).where('caseId').equals(caseId).delete();
  }
  await db.outbox.where('caseId').equals(caseId).delete();
  await db.shadow.where('caseId').equals(caseId).delete();
  await db.rejected.where('caseId').equals(caseId).delete();
  await db.deviceNote.where('caseId').equals(caseId).delete();
  await db.draft.where('caseId').equals(caseId).delete();
}
