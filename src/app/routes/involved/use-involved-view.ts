import { useLiveQuery } from 'dexie-react-hooks';
import { listInvolvements } from '../../../data/repos/involvements-repo';
import { getMyMembership } from '../../../data/repos/me-repo';
import { getMember } from '../../../data/repos/members-repo';
import { buildInvolvedView, todayAsDay, type InvolvedView } from './involved-view';

export interface InvolvedPageData {
  view: InvolvedView;
  /** Young people get the explanations written for them. */
  isYouth: boolean;
}

/** Reads only IndexedDB, so the page works offline; undefined while loading. */
export function useInvolvedView(): InvolvedPageData | undefined {
  return useLiveQuery(async () => {
    const membership = await getMyMembership();
    const involvements = membership ? await listInvolvements(membership.caseId) : [];
    const member = membership ? await getMember(membership.memberId) : null;
    return {
      view: buildInvolvedView(involvements, membership?.memberId ?? null, todayAsDay()),
      isYouth: member?.role === 'youth',
    };
  });
}
