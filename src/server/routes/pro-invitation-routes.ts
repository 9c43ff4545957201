import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { INVITATION_PATH, type CreateInvitationResponse } from '../../shared/api/invitations';
import type { MemberAccess } from '../../shared/api/pro';
import { idSchema, type Member } from '../../shared/domain';
import type { AppContext } from '../app-context';
import { setAuditData } from '../audit/audit-hook';
import { memberAccess } from '../auth/invitation-state';
import { createInvitation } from '../auth/invitations';
import { ApiError, badRequest } from '../http/api-error';
import { callerOf } from '../policy/route-guard';

/**
 * Invitations from the console (decision 009): each member's state, a new invitation (which
 * replaces an unused earlier one: re-issuing), and revoking. The route table lets only the case's
 * professionals in (404 for anyone else); a member of another case, a professional or a member who
 * left is `not-found` here too. A member who already has a login cannot be invited again.
 */
const memberParams = z.looseObject({ memberId: idSchema });

/** The family member of the caller's case named by `:memberId`, or 404. */
export async function familyMemberOf(request: FastifyRequest, context: AppContext): Promise<Member> {
  const { member: professional } = callerOf(request);
  const params = z.safeParse(memberParams, request.params);
  const member = params.success ? await context.storage.findMember(params.data.memberId) : undefined;
  if (!professional || !member || member.caseId !== professional.caseId) throw new ApiError(404, 'not-found');
  if (member.role === 'professional' || member.endedOn) throw new ApiError(404, 'not-found');
  return member;
}

export function proInvitationRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage, config } = context;

  app.get('/api/pro/cases/:caseId/invitations', async (request): Promise<{ members: MemberAccess[] }> => {
    const caseId = callerOf(request).member!.caseId;
    const snapshot = await storage.loadCaseSnapshot(caseId);
    const members = snapshot?.rows.member.map((row) => row.value) ?? [];
    const logins = new Set((await storage.listMemberLogins(caseId)).map((login) => login.memberId));
    const invitations = await storage.listInvitationsOfCase(caseId);
    return { members: memberAccess(members, logins, invitations, new Date()) };
  });

  app.post(
    '/api/pro/cases/:caseId/members/:memberId/invitation',
    async (request, reply): Promise<CreateInvitationResponse> => {
      const { user } = callerOf(request);
      const member = await familyMemberOf(request, context);
      if ((await storage.findMemberUserId(member.id)) !== null) throw badRequest();
      const invitation = await createInvitation(storage, {
        caseId: member.caseId,
        memberId: member.id,
        createdBy: user!.id,
      });
      setAuditData(request, [member.id], 'invitation');
      const origin = config.origins[0] ?? `${request.protocol}://${request.headers.host}`;
      reply.status(201);
      return { ...invitation, link: `${origin}${INVITATION_PATH}#t=${invitation.token}` };
    },
  );

  app.delete('/api/pro/cases/:caseId/members/:memberId/invitation', async (request, reply) => {
    const member = await familyMemberOf(request, context);
    await storage.transaction((tx) => tx.revokeInvitations(member.id));
    setAuditData(request, [member.id], 'invitation');
    return reply.status(204).send();
  });
}
