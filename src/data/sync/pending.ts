import type { OutboxEntry, RejectedMutation } from '../db/gezien-db';
import { db } from '../db/gezien-db';
import { getMeta } from '../repos/meta-repo';

/** "n wijzigingen nog niet verstuurd": entries the server has not acknowledged. */
export async function countUnsent(): Promise<number> {
  const acknowledged = (await getMeta('lastMutationId')) ?? 0;
  return db.outbox.where('mutationId').above(acknowledged).count();
}

export async function listOutbox(): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('mutationId').toArray();
}

export async function listRejected(caseId: string): Promise<RejectedMutation[]> {
  return db.rejected.where('caseId').equals(caseId).sortBy('mutationId');
}
