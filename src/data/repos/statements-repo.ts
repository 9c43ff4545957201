import type { Statement } from '../../shared/domain';
import { db } from '../db/gezien-db';

/** The reasons behind one decision, oldest observation first. */
export async function listStatementsOfDecision(decisionId: string): Promise<Statement[]> {
  const statements = await db.statement.where('decisionId').equals(decisionId).toArray();
  return statements.sort((a, b) => a.observedOn.localeCompare(b.observedOn));
}

export async function listStatements(caseId: string): Promise<Statement[]> {
  return db.statement.where('caseId').equals(caseId).toArray();
}
