import type { Member } from '../../../shared/domain';
import { isEnded, memberProblems, newMember, updatedMember } from '../../../shared/sync/member-rules';
import type { Storage } from '../../storage/storage';
import { put, type Mutator } from './mutator';
import { byId } from './references';

/**
 * The family in a case, entered by a professional (decision 009). The rules of member-rules.ts are
 * checked again here: a write that breaks one is a `bad-request`. Professionals join through the
 * case team (team-mutators.ts), so member.add never makes one and member.update never edits one.
 */
const asMember = (value: unknown) => value as Member;

export const addMember: Mutator<'member.add'> = {
  target: (args) => ({ entity: 'member', id: args.id, exists: 'new', caseId: args.caseId }),
  async apply(args, context) {
    if (memberProblems(args, args.role, context.today).length > 0) return 'bad-request';
    return [put('member', newMember(args))];
  },
};

export const updateMember: Mutator<'member.update'> = {
  ...byId('member'),
  async apply(args, context, current) {
    const before = asMember(current);
    if (isEnded(before)) return 'conflict';
    if (before.role === 'professional') return 'bad-request';
    if (memberProblems(args, before.role, context.today).length > 0) return 'bad-request';
    return [put('member', updatedMember(before, args))];
  },
};

/**
 * A member who leaves keeps no access: the row stays (marked ended, for the case's history), the
 * login is unlinked so their next pull purges the case and every route answers 404, their unused
 * invitations stop working, and if the case was a family member's last one their sessions end now. A
 * professional cannot end themselves, so a case never loses its last professional this way.
 */
export const endMember: Mutator<'member.end'> = {
  ...byId('member'),
  async apply(args, context, current) {
    const before = asMember(current);
    if (isEnded(before) || before.id === context.actor.id) return 'conflict';
    return [put('member', { ...before, endedOn: context.today })];
  },
  accounts: {
    afterWrite: async (tx, args) => endAccess(tx, args.id),
  },
};

/** A professional keeps their login for the console and their other work; a family member's ends. */
async function endAccess(tx: Storage, memberId: string): Promise<void> {
  await tx.revokeInvitations(memberId);
  const userId = await tx.unlinkMember(memberId);
  if (!userId || (await tx.listMembershipsForUser(userId)).length > 0) return;
  if ((await tx.findUserById(userId))?.kind === 'family') await tx.deleteSessionsForUser(userId);
}
