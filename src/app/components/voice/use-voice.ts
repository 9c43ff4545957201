import { useLiveQuery } from 'dexie-react-hooks';
import { todayInNl } from '../../../shared/catalog/dates';
import type { Audience, Member, Subject } from '../../../shared/domain';
import { perspectiveReaders } from '../../../shared/sync/perspective-readers';
import { getMyMembership } from '../../../data/repos/me-repo';
import { listMembers } from '../../../data/repos/members-repo';
import { listVoiceOn, readerContext, type Voice } from '../../../data/repos/voice-repo';

export interface VoiceData extends Voice {
  caseId: string;
  me: Member;
  members: Member[];
}

/** The contributions on one item, read from IndexedDB only (so it all works offline). */
export function useVoice(subjectId: string): VoiceData | null | undefined {
  return useLiveQuery(async () => {
    const membership = await getMyMembership();
    if (!membership) return null;
    const members = await listMembers(membership.caseId);
    const me = members.find((m) => m.id === membership.memberId);
    if (!me) return null;
    const voice = await listVoiceOn(membership.caseId, subjectId);
    return { ...voice, caseId: membership.caseId, me, members };
  }, [subjectId]);
}

/** Who will be able to read a contribution by `me` on `subject` with `audience` (the author first). */
export function useReaders(caseId: string, me: Member, subject: Subject, audience: Audience) {
  return useLiveQuery(async () => {
    const context = await readerContext(caseId, subject, todayInNl());
    return perspectiveReaders({ authorMemberId: me.id, audience, subject }, context);
  }, [caseId, me.id, subject.type, subject.id, audience]);
}
