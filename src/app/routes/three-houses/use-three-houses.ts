import { useLiveQuery } from 'dexie-react-hooks';
import type { Audience, Member, Perspective } from '../../../shared/domain';
import { getMyMembership } from '../../../data/repos/me-repo';
import { listMembers } from '../../../data/repos/members-repo';
import { listMyVoice, type VoiceItem } from '../../../data/repos/voice-repo';
import { mutate } from '../../../data/sync/mutate';

export interface Houses {
  worries: string;
  goodThings: string;
  dreams: string;
}

export interface ThreeHousesData {
  caseId: string;
  me: Member;
  members: Member[];
  /** My Three Houses, if I filled them in before (one per person, changed over time). */
  mine: VoiceItem | null;
}

export function useThreeHouses(): ThreeHousesData | null | undefined {
  return useLiveQuery(async () => {
    const membership = await getMyMembership();
    if (!membership) return null;
    const members = await listMembers(membership.caseId);
    const me = members.find((m) => m.id === membership.memberId);
    if (!me) return null;
    const { items } = await listMyVoice(membership.caseId, me.id);
    const mine = items.find((item) => item.perspective.stance === 'three-houses') ?? null;
    return { caseId: membership.caseId, me, members, mine };
  });
}

/** The first time a new contribution; after that a change of the same one, so earlier versions stay. */
export function saveHouses(caseId: string, existing: Perspective | null, houses: Houses, audience: Audience) {
  const trimmed = {
    worries: houses.worries.trim(),
    goodThings: houses.goodThings.trim(),
    dreams: houses.dreams.trim(),
  };
  if (existing) return mutate('perspective.edit', { id: existing.id, text: '', houses: trimmed, audience });
  return mutate('perspective.add', {
    id: crypto.randomUUID(),
    caseId,
    subject: { type: 'case', id: caseId },
    stance: 'three-houses',
    text: '',
    houses: trimmed,
    audience,
  });
}
