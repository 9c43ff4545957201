import { useLiveQuery } from 'dexie-react-hooks';
import { listEvents } from '../../../data/repos/events-repo';
import { listInvolvements } from '../../../data/repos/involvements-repo';
import { getMyMembership } from '../../../data/repos/me-repo';
import { listMembers } from '../../../data/repos/members-repo';
import { buildEventsView, type EventsView } from './events-view';

export interface EventsPageData {
  view: EventsView;
  caseId: string | null;
  /** Young people get the explanations written for them. */
  isYouth: boolean;
}

/** Reads only IndexedDB, so the page works offline; undefined while loading. */
export function useEventsView(): EventsPageData | undefined {
  return useLiveQuery(async () => {
    const membership = await getMyMembership();
    if (!membership) {
      return { view: buildEventsView([], [], [], null, ''), caseId: null, isYouth: false };
    }
    const [events, involvements, members] = await Promise.all([
      listEvents(membership.caseId),
      listInvolvements(membership.caseId),
      listMembers(membership.caseId),
    ]);
    const me = members.find((member) => member.id === membership.memberId);
    return {
      view: buildEventsView(events, involvements, members, membership.memberId, new Date().toISOString()),
      caseId: membership.caseId,
      isYouth: me?.role === 'youth',
    };
  });
}
