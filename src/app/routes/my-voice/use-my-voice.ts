import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../shared/domain';
import { listDecisions } from '../../../data/repos/decisions-repo';
import { listEvents } from '../../../data/repos/events-repo';
import { listInvolvements } from '../../../data/repos/involvements-repo';
import { getMyMembership } from '../../../data/repos/me-repo';
import { listMembers } from '../../../data/repos/members-repo';
import { listStatements } from '../../../data/repos/statements-repo';
import { listMyVoice, type Voice } from '../../../data/repos/voice-repo';
import type { SubjectRows } from './subject-link';

export interface MyVoiceData extends Voice {
  me: Member;
  members: Member[];
  rows: SubjectRows;
}

/** Everything I wrote in the case and where it is, from IndexedDB only; null without a case. */
export function useMyVoice(): MyVoiceData | null | undefined {
  return useLiveQuery(async () => {
    const membership = await getMyMembership();
    if (!membership) return null;
    const { caseId, memberId } = membership;
    const [members, voice, decisions, statements, involvements, events] = await Promise.all([
      listMembers(caseId),
      listMyVoice(caseId, memberId),
      listDecisions(caseId),
      listStatements(caseId),
      listInvolvements(caseId),
      listEvents(caseId),
    ]);
    const me = members.find((m) => m.id === memberId);
    if (!me) return null;
    return { ...voice, me, members, rows: { decisions, statements, involvements, events } };
  });
}

/** For Mijn overzicht: correction requests of mine that wait for an answer. */
export function useOpenCorrections(): number | undefined {
  return useLiveQuery(async () => {
    const membership = await getMyMembership();
    if (!membership) return 0;
    const { items } = await listMyVoice(membership.caseId, membership.memberId);
    return items.filter((item) => item.perspective.correctionStatus === 'open').length;
  });
}
