import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { Audience } from '../../../shared/domain';
import { getMyMembership } from '../../../data/repos/me-repo';
import { getMember, listMembers } from '../../../data/repos/members-repo';
import { listMyPerspectives, type MyPerspectives } from '../../../data/repos/perspectives-repo';
import { mutate } from '../../../data/sync/mutate';

export interface MyStoryData extends MyPerspectives {
  caseId: string;
  /** Young people start with "only the professionals"; everyone else with "everyone". */
  defaultAudience: Audience;
  isYouth: boolean;
  /** Display names of the members who replied, by member id. */
  names: Record<string, string>;
}

/** Reads only IndexedDB, so the page and its states work offline; null without a case. */
export function useMyStory(): MyStoryData | null | undefined {
  return useLiveQuery(async () => {
    const membership = await getMyMembership();
    if (!membership) return null;
    const [member, mine, members] = await Promise.all([
      getMember(membership.memberId),
      listMyPerspectives(membership.caseId, membership.memberId),
      listMembers(membership.caseId),
    ]);
    return {
      ...mine,
      caseId: membership.caseId,
      defaultAudience: member?.role === 'youth' ? 'professionals' : 'everyone',
      isYouth: member?.role === 'youth',
      names: Object.fromEntries(members.map((m) => [m.id, m.displayName])),
    };
  });
}

/** Saves the story on the device (outbox) at once; the sync engine sends it when it can. */
export function useAddStory(caseId: string) {
  return useCallback(
    (text: string, audience: Audience) =>
      mutate('perspective.add', {
        id: crypto.randomUUID(),
        caseId,
        subject: { type: 'case', id: caseId },
        stance: 'story',
        text,
        audience,
      }),
    [caseId],
  );
}
