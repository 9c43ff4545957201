// Pending writes over pulled state, Replicache-style. Each entity row a pending mutation touches
// keeps a shadow: the server's value before the first pending write (null: no such row). A pull
// (1) rewinds those rows to their shadows, (2) applies the server's changes, (3) drops the outbox
// entries the server's lastMutationId covers and (4) replays the rest through the client mutators.
// So a pulled row never overwrites a write still in the outbox, and an accepted or rejected write
// ends up exactly as the server decided. All of it runs inside the caller's Dexie transaction.
import { isMutationName } from '../../shared/sync/mutations';
import { entityNames, type EntityName } from '../../shared/sync/protocol';
import { db, type OutboxEntry } from '../db/gezien-db';
import type { CaseSetupMutators } from '../mutators/case-setup-mutators';
import { clientMutatorFor } from '../mutators/client-mutators';
import type { MutatorContext, MutatorTx } from '../mutators/mutator-tx';
import { getMeta } from '../repos/meta-repo';

/** Every table a rebase reads or writes; callers open their transaction over these. */
export const syncTables = () => [
  ...entityNames.map((name) => db.table(name)),
  db.meta,
  db.outbox,
  db.shadow,
  db.rejected,
  db.deviceNote,
  db.draft,
];

const shadowKey = (entity: EntityName, id: string) => `${entity}:${id}`;

function shadowingTx(): MutatorTx {
  const remember = async (entity: EntityName, id: string) => {
    const key = shadowKey(entity, id);
    if (await db.shadow.get(key)) return;
    const current = (await db.table(entity).get(id)) as { caseId?: string } | undefined;
    const caseId = entity === 'case' ? id : (current?.caseId ?? '');
    await db.shadow.put({ key, entity, id, caseId, value: current ?? null });
  };
  return {
    get: (entity, id) => db.table(entity).get(id),
    list: (entity, index, value) => db.table(entity).where(index).equals(value).toArray(),
    async put(entity, value) {
      const { id } = value as { id: string };
      await remember(entity, id);
      const caseId = (value as { caseId?: string }).caseId;
      if (caseId) await db.shadow.where('key').equals(shadowKey(entity, id)).modify({ caseId });
      await db.table(entity).put(value);
    },
    async delete(entity, id) {
      await remember(entity, id);
      await db.table(entity).delete(id);
    },
  };
}

async function contextFor(entry: OutboxEntry): Promise<MutatorContext | null> {
  const me = await getMeta('me');
  const membership = me?.memberships.find((m) => m.caseId === entry.caseId);
  return membership ? { memberId: membership.memberId, now: entry.createdAt } : null;
}

let caseSetupMutators: CaseSetupMutators = {};

/**
 * The console registers its writes' local mutators when it loads (decision 009), so the family's
 * first download does not carry them. Before that, a console write is still queued and sent; its
 * optimistic row then appears at the first replay after the console has loaded.
 */
export function registerCaseSetupMutators(mutators: CaseSetupMutators): void {
  caseSetupMutators = mutators;
}

/** Runs one outbox entry's client mutator; throws what the mutator throws. */
export async function applyEntry(entry: OutboxEntry): Promise<void> {
  if (!isMutationName(entry.name)) return;
  // The console's writes need no member of the case (decision 009).
  const caseSetup = caseSetupMutators[entry.name] as CaseSetupMutators['member.add'];
  if (caseSetup) {
    const displayName = (await getMeta('me'))?.user.displayName ?? '';
    await caseSetup(shadowingTx(), entry.args as never, { now: entry.createdAt, displayName });
    return;
  }
  const mutator = clientMutatorFor(entry.name);
  const context = await contextFor(entry);
  if (!mutator || !context) return;
  await mutator(shadowingTx(), entry.args as never, context);
}

/** Step 1: every row a pending write touched goes back to the server's value. */
export async function rewindPendingRows(): Promise<void> {
  for (const shadow of await db.shadow.toArray()) {
    if (shadow.value === null) await db.table(shadow.entity).delete(shadow.id);
    else await db.table(shadow.entity).put(shadow.value);
  }
  await db.shadow.clear();
}

/**
 * Step 4: replays what is still in the outbox. A write that no longer applies locally (its row is
 * gone) stays queued without an optimistic row: the server decides and the pull tells us.
 */
export async function replayOutbox(): Promise<void> {
  for (const entry of await db.outbox.orderBy('mutationId').toArray()) {
    try {
      await applyEntry(entry);
    } catch {
      // Kept in the outbox; nothing local to show until the server answers.
    }
  }
}
