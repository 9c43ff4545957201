import { useLiveQuery } from 'dexie-react-hooks';
import { getDecision, listDecisions } from '../../../data/repos/decisions-repo';
import { listStatements, listStatementsOfDecision } from '../../../data/repos/statements-repo';
import type { Decision, Statement } from '../../../shared/domain';

/** The case's decisions with their reasons, from this device; undefined while loading. */
export function useCaseDecisions(caseId: string) {
  return useLiveQuery(async () => {
    const [decisions, statements] = await Promise.all([listDecisions(caseId), listStatements(caseId)]);
    return { decisions, statements };
  }, [caseId]);
}

/** One decision and its reasons; `decision` null when it is not on this device. */
export function useDecisionRows(
  decisionId: string,
): { decision: Decision | null; statements: Statement[] } | undefined {
  return useLiveQuery(async () => {
    const decision = await getDecision(decisionId);
    return { decision, statements: decision ? await listStatementsOfDecision(decisionId) : [] };
  }, [decisionId]);
}
