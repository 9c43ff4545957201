import { useLiveQuery } from 'dexie-react-hooks';
import { getDecision, listDecisions } from '../../../data/repos/decisions-repo';
import { listInvolvements } from '../../../data/repos/involvements-repo';
import { getMyMembership } from '../../../data/repos/me-repo';
import { getMember } from '../../../data/repos/members-repo';
import { listStatementsOfDecision } from '../../../data/repos/statements-repo';
import type { Reader } from '../../../shared/catalog/deadlines';
import { todayInNl } from '../../../shared/catalog/dates';
import {
  buildDecisionDetail,
  buildDecisionList,
  readerOf,
  type DecisionDetail,
  type DecisionGroup,
} from './decisions-view';

/** Me as a reader of decisions: my role, age and gezag decide which routes are mine. */
export async function loadReader(today: string): Promise<{ reader: Reader; isYouth: boolean }> {
  const membership = await getMyMembership();
  const member = membership ? await getMember(membership.memberId) : null;
  return { reader: readerOf(member, today), isYouth: member?.role === 'youth' };
}

/** Reads only IndexedDB, so the page works offline; undefined while loading. */
export function useDecisionList(): { groups: DecisionGroup[]; isYouth: boolean } | undefined {
  return useLiveQuery(async () => {
    const today = todayInNl();
    const membership = await getMyMembership();
    const [decisions, involvements, me] = membership
      ? await Promise.all([
          listDecisions(membership.caseId),
          listInvolvements(membership.caseId),
          loadReader(today),
        ])
      : [[], [], await loadReader(today)];
    return { groups: buildDecisionList(decisions, involvements, today, me.reader), isYouth: me.isYouth };
  });
}

/**
 * One decision with its reasons. `detail` is null when the decision is not on this device: unknown,
 * or withheld from this reader (the server never sends it).
 */
export function useDecisionDetail(
  decisionId: string,
): { detail: DecisionDetail | null; isYouth: boolean } | undefined {
  return useLiveQuery(async () => {
    const today = todayInNl();
    const [decision, me] = await Promise.all([getDecision(decisionId), loadReader(today)]);
    if (!decision) return { detail: null, isYouth: me.isYouth };
    const [statements, involvements] = await Promise.all([
      listStatementsOfDecision(decision.id),
      listInvolvements(decision.caseId),
    ]);
    return {
      detail: buildDecisionDetail(decision, statements, involvements, today, me.reader),
      isYouth: me.isYouth,
    };
  }, [decisionId]);
}
