import type { Member } from '../../../shared/domain';
import type { VoiceItem } from '../../../data/repos/voice-repo';

/**
 * Where one of my contributions is, as a worried parent follows it: still on this device, sent,
 * read (by whom, when), answered, and for a correction request changed or kept as it is.
 */
export type VoiceState = 'pending' | 'sent' | 'read' | 'answered' | 'corrected' | 'kept';

export interface ReadReceipt {
  member: Member | undefined;
  memberId: string;
  at: string | null;
}

export function voiceState(item: VoiceItem): VoiceState {
  const { perspective, pending, replies } = item;
  if (pending) return 'pending';
  if (perspective.correctionStatus === 'corrected' || perspective.correctionStatus === 'kept') {
    return perspective.correctionStatus;
  }
  if (replies.some((reply) => reply.authorMemberId !== perspective.authorMemberId)) return 'answered';
  return readReceipts(item, []).length > 0 ? 'read' : 'sent';
}

/** Who read it besides the author, with the moment when the server knows it. */
export function readReceipts(item: VoiceItem, members: readonly Member[]): ReadReceipt[] {
  const { readBy, readLog, authorMemberId } = item.perspective;
  return readBy
    .filter((id) => id !== authorMemberId)
    .map((memberId) => ({
      memberId,
      member: members.find((m) => m.id === memberId),
      at: readLog?.find((entry) => entry.memberId === memberId)?.at ?? null,
    }));
}
