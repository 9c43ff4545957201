import type { Decision } from '../../shared/domain';
import { db } from '../db/gezien-db';

/** The decisions of a case this reader may see, newest first (hidden ones never reach the device). */
export async function listDecisions(caseId: string): Promise<Decision[]> {
  const decisions = await db.decision.where('caseId').equals(caseId).toArray();
  return decisions.sort((a, b) => b.decidedOn.localeCompare(a.decidedOn));
}

/** Null when the decision is not on this device: unknown, or withheld from this reader. */
export async function getDecision(id: string): Promise<Decision | null> {
  return (await db.decision.get(id)) ?? null;
}
