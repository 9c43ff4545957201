import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router';
import { getCase } from '../../../data/repos/cases-repo';
import { listInvolvements } from '../../../data/repos/involvements-repo';
import { listMembers } from '../../../data/repos/members-repo';
import type { Case, Involvement, Member } from '../../../shared/domain';

/** One case of the professional, from this device; null when it is not here, undefined while loading. */
export interface CaseRows {
  case: Case;
  members: Member[];
  involvements: Involvement[];
}

export function useCaseRows(caseId: string): CaseRows | null | undefined {
  return useLiveQuery(async () => {
    const found = await getCase(caseId);
    if (!found) return null;
    const [members, involvements] = await Promise.all([listMembers(caseId), listInvolvements(caseId)]);
    return { case: found, members, involvements };
  }, [caseId]);
}

/** `:caseId` (and other params) of the current console address. */
export const useProParams = () =>
  useParams() as {
    caseId: string;
    memberId?: string;
    involvementId?: string;
    decisionId?: string;
    statementId?: string;
    eventId?: string;
  };
