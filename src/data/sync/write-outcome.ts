// Where one write is now, for a form that waits for the server's answer (issue 10): still on this
// device, accepted (gone from the outbox after the pull that covered it), or refused with a code.
import { db, type RejectedMutation } from '../db/gezien-db';

export type RefusedWrite = RejectedMutation;

export type WriteOutcome = { state: 'pending' } | { state: 'accepted' } | { state: 'rejected'; code: string };

export async function writeOutcome(mutationId: number): Promise<WriteOutcome> {
  const rejected = await db.rejected.get(mutationId);
  if (rejected) return { state: 'rejected', code: rejected.code };
  return (await db.outbox.get(mutationId)) ? { state: 'pending' } : { state: 'accepted' };
}

/** The console's refused writes of a case, newest first, with their args (to fill a form again). */
export async function listRefusedWrites(caseId: string): Promise<RefusedWrite[]> {
  const rows = await db.rejected.where('caseId').equals(caseId).toArray();
  return rows.sort((a, b) => b.mutationId - a.mutationId);
}

/** Forgets a refused write once the professional has seen it or filled the form again. */
export async function dismissRefusedWrite(mutationId: number): Promise<void> {
  await db.rejected.delete(mutationId);
}
