import type { Member } from '../../../shared/domain';
import { isEnded } from '../../../shared/sync/member-rules';
import { put, type Mutator } from './mutator';
import { byId } from './references';

/**
 * The case team (decision 009): professionals of the actor's organisation who work on the case,
 * each with a team role. Adding a colleague makes them a professional member of the case, linked to
 * their login in the push's transaction. A login of another organisation, a family login, a disabled
 * one, or an unknown id are all `not-found` (no hint which); a colleague already on the case is a
 * `conflict`. Leaving the team is member.end.
 */
export const addTeamMember: Mutator<'team.add'> = {
  target: (args) => ({ entity: 'member', id: args.id, exists: 'new', caseId: args.caseId }),
  async apply(args, context) {
    const displayName = context.account?.displayName;
    if (!displayName) return 'not-found';
    return [
      put('member', {
        id: args.id,
        caseId: args.caseId,
        displayName,
        role: 'professional',
        hasCustody: null,
        youthAllowsParentView: false,
        relation: null,
        endedOn: null,
        teamRole: args.teamRole,
      }),
    ];
  },
  accounts: {
    async check(tx, args, { user, caseId }) {
      const colleague = await tx.findUserById(args.userId);
      const sameOrganisation =
        colleague?.kind === 'professional' &&
        !colleague.disabled &&
        user.organisation !== null &&
        colleague.organisation === user.organisation;
      if (!colleague || !sameOrganisation) return 'not-found';
      const memberships = await tx.listMembershipsForUser(colleague.id);
      if (memberships.some((m) => m.caseId === caseId)) return 'conflict';
      return { displayName: colleague.displayName };
    },
    afterWrite: async (tx, args) => tx.assignMember(args.id, args.userId),
  },
};

export const setTeamRole: Mutator<'team.setRole'> = {
  ...byId('member'),
  async apply(args, _context, current) {
    const before = current as Member;
    if (before.role !== 'professional') return 'bad-request';
    if (isEnded(before)) return 'conflict';
    return [put('member', { ...before, teamRole: args.teamRole })];
  },
};
