import type { Involvement } from '../../shared/domain';
import { db } from '../db/gezien-db';

export async function listInvolvements(caseId: string): Promise<Involvement[]> {
  return db.involvement.where('caseId').equals(caseId).toArray();
}
