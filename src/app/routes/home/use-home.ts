import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { listDecisions } from '../../../data/repos/decisions-repo';
import { listEvents } from '../../../data/repos/events-repo';
import { listInvolvements } from '../../../data/repos/involvements-repo';
import { getMyMembership } from '../../../data/repos/me-repo';
import { getMember } from '../../../data/repos/members-repo';
import { getSeenIds, listRepliesToMember, markSeen } from '../../../data/repos/seen-repo';
import { listStatements } from '../../../data/repos/statements-repo';
import { todayInNl } from '../../../shared/catalog/dates';
import { readerOf } from '../decisions/decisions-view';
import { buildHomeView, newsIds, type HomeView } from './home-view';

export interface HomeData {
  view: HomeView;
  firstName: string | null;
  isYouth: boolean;
}

/**
 * Reads only IndexedDB; undefined while loading. What counts as new is fixed when the page opens
 * (the ids seen at the previous visit); everything shown now is remembered for the next visit.
 */
export function useHome(): HomeData | undefined {
  const [seenAtOpen, setSeenAtOpen] = useState<ReadonlySet<string> | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void getSeenIds().then((seen) => current && setSeenAtOpen(seen));
    return () => {
      current = false;
    };
  }, []);

  const data = useLiveQuery(async () => {
    const membership = await getMyMembership();
    const caseId = membership?.caseId ?? '';
    const memberId = membership?.memberId ?? null;
    const [decisions, statements, events, replies, involvements, member] = await Promise.all([
      listDecisions(caseId),
      listStatements(caseId),
      listEvents(caseId),
      memberId ? listRepliesToMember(caseId, memberId) : [],
      listInvolvements(caseId),
      memberId ? getMember(memberId) : null,
    ]);
    return { decisions, statements, events, replies, involvements, member, memberId };
  });

  useEffect(() => {
    if (data && seenAtOpen !== undefined) void markSeen(newsIds(data));
  }, [data, seenAtOpen]);

  if (!data || seenAtOpen === undefined) return undefined;
  const today = todayInNl();
  return {
    view: buildHomeView({
      ...data,
      reader: readerOf(data.member, today),
      seen: seenAtOpen,
      today,
      now: new Date().toISOString(),
    }),
    firstName: data.member?.displayName.split(/\s+/)[0] ?? null,
    isYouth: data.member?.role === 'youth',
  };
}
