import type { InvitationState, MemberAccess } from '../../shared/api/pro';
import type { Member } from '../../shared/domain';
import type { InvitationRecord } from '../storage/invitation-queries';
import { MAX_WRONG_CODES } from './invitations';

/**
 * Whether each member can get in (decision 009): ended (left the case), active (has a login),
 * invited (a live link, until when), expired (the last link ran out or had five wrong codes), or
 * not invited. Only the newest unused invitation counts: a new one replaces the old.
 */
export function memberAccess(
  members: readonly Member[],
  logins: ReadonlySet<string>,
  invitations: readonly InvitationRecord[],
  now: Date,
): MemberAccess[] {
  return members.map((member) => {
    const open = invitations
      .filter((i) => i.memberId === member.id && i.usedAt === null)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    const state = stateOf(member, logins.has(member.id), open, now);
    const showsExpiry = state === 'invited' || state === 'expired';
    return { memberId: member.id, state, expiresAt: showsExpiry && open ? open.expiresAt : null };
  });
}

function stateOf(
  member: Member,
  hasLogin: boolean,
  open: InvitationRecord | undefined,
  now: Date,
): InvitationState {
  if (member.endedOn) return 'ended';
  if (hasLogin) return 'active';
  if (!open) return 'not-invited';
  const dead = open.wrongCodes >= MAX_WRONG_CODES || now.getTime() >= Date.parse(open.expiresAt);
  return dead ? 'expired' : 'invited';
}
