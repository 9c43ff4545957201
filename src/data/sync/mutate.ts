// The one way the app writes (DESIGN.md §4): validate the args with the shared schema, then in ONE
// Dexie transaction apply the optimistic change and append the outbox entry under the next
// mutationId. If the mutator throws, neither the row nor the entry is written. The counter lives in
// meta and only grows (also past ids the server has already covered), so an id is never reused.
import {
  isMutationName,
  mutationArgSchemas,
  type MutationArgs,
  type MutationName,
} from '../../shared/sync/mutations';
import { entityNames, type EntityName } from '../../shared/sync/protocol';
import { db, localDataGeneration, type OutboxEntry } from '../db/gezien-db';
import { getMeta, setMeta } from '../repos/meta-repo';
import { applyEntry, syncTables } from './rebase';

export class InvalidMutationError extends Error {
  constructor(readonly mutationName: string) {
    super(`Invalid args for mutation ${mutationName}`);
    this.name = 'InvalidMutationError';
  }
}

type WriteListener = (entry: OutboxEntry) => void;
const writeListeners = new Set<WriteListener>();

/** The sync engine listens here to push soon after a write. */
export function onLocalWrite(listener: WriteListener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

export async function mutate<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<OutboxEntry> {
  if (!isMutationName(name)) throw new InvalidMutationError(name);
  const parsed = mutationArgSchemas[name].safeParse(args);
  if (!parsed.success) throw new InvalidMutationError(name);
  const valid = parsed.data as WriteArgs;
  const generation = localDataGeneration();
  const entry = await db.transaction('rw', syncTables(), async () => {
    if (generation !== localDataGeneration()) throw new Error('Local data was wiped');
    const mutationId = await nextMutationId();
    const caseId = await caseIdOf(name, valid);
    const next: OutboxEntry = {
      mutationId,
      name,
      args: valid,
      caseId,
      createdAt: new Date().toISOString(),
    };
    await applyEntry(next);
    await db.outbox.add(next);
    await setMeta('nextMutationId', mutationId + 1);
    return next;
  });
  for (const listener of writeListeners) listener(entry);
  return entry;
}

/** Never below anything queued or covered by the server, whatever happened to meta. */
async function nextMutationId(): Promise<number> {
  const stored = (await getMeta('nextMutationId')) ?? 1;
  const covered = (await getMeta('lastMutationId')) ?? 0;
  const last = await db.outbox.orderBy('mutationId').last();
  const rejected = await db.rejected.orderBy('mutationId').last();
  return Math.max(stored, covered + 1, (last?.mutationId ?? 0) + 1, (rejected?.mutationId ?? 0) + 1);
}

interface WriteArgs {
  id?: string;
  caseId?: string;
  perspectiveId?: string;
  value?: { caseId?: string };
}

/**
 * The case a write belongs to, so losing access to a case (purge-case) also removes its queued
 * writes. Args that do not name it (perspective.edit, reply.add) take it from the row they are about.
 */
async function caseIdOf(name: string, args: WriteArgs): Promise<string> {
  const direct = args.caseId ?? args.value?.caseId ?? (name === 'case.create' ? args.id : undefined);
  if (direct) return direct;
  const [entity] = name.split('.');
  const rowId = name === 'reply.add' ? args.perspectiveId : args.id;
  const table = name === 'reply.add' ? 'perspective' : entity;
  if (!rowId || !table || !isEntityName(table)) return '';
  const row = (await db.table(table).get(rowId)) as { caseId?: string } | undefined;
  return row?.caseId ?? '';
}

const isEntityName = (name: string): name is EntityName => (entityNames as readonly string[]).includes(name);
