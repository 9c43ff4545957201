import type { FastifyInstance } from 'fastify';
import {
  INVITATION_PATH,
  checkInvitationRequestSchema,
  createInvitationRequestSchema,
  redeemWithPasswordRequestSchema,
  type CheckInvitationResponse,
  type CreateInvitationResponse,
} from '../../shared/api/invitations';
import {
  invitationPasskeyOptionsRequestSchema,
  invitationPasskeyVerifyRequestSchema,
} from '../../shared/api/passkeys';
import type { AppContext } from '../app-context';
import { AbuseGuard } from '../auth/abuse-guard';
import { beginSession } from '../auth/begin-session';
import { requireProfessionalOf } from '../auth/case-professional';
import {
  checkInvitation,
  createInvitation,
  invitationForTicket,
  redeemInvitation,
} from '../auth/invitations';
import { hashPassword } from '../auth/password';
import { checkNewPassword } from '../auth/password-policy';
import { steadyTime } from '../auth/steady-time';
import { registrationOptions, relyingParty, verifyRegistration } from '../auth/webauthn';
import { ApiError, badRequest } from '../http/api-error';
import { parseBody } from '../http/parse-body';

/**
 * Invitations (SECURITY.md B1): a professional of the case invites a member without a login; the
 * member checks link + code, then sets a password or registers a passkey with the ticket. Every
 * unauthenticated step is limited per address (B2); wrong codes also count on the invitation.
 */
// Every code check answers after at least this long, right or wrong, known link or not (B3).
const CHECK_FLOOR_MS = 100;
// A passkey-only login has no password; '!' can never match an scrypt hash.
const NO_PASSWORD = '!passkey-only';

export function invitationRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage, config } = context;
  const guard = new AbuseGuard(config.abuse);

  app.post('/api/cases/:caseId/invitations', async (request, reply): Promise<CreateInvitationResponse> => {
    const { user, caseId } = await requireProfessionalOf(request, context);
    const { memberId } = parseBody(createInvitationRequestSchema, request.body);
    const member = await storage.findMember(memberId);
    if (!member || member.caseId !== caseId) throw new ApiError(404, 'not-found');
    // A member who left the case (decision 009) is never invited back in through an old route.
    if (member.endedOn || (await storage.findMemberUserId(memberId)) !== null) throw badRequest();
    const invitation = await createInvitation(storage, { caseId, memberId, createdBy: user.id });
    const origin = config.origins[0] ?? `${request.protocol}://${request.headers.host}`;
    reply.status(201);
    return { ...invitation, link: `${origin}${INVITATION_PATH}#t=${invitation.token}` };
  });

  app.post('/api/invitations/check', async (request, reply): Promise<CheckInvitationResponse> => {
    const { token, code } = parseBody(checkInvitationRequestSchema, request.body);
    return guard.guard(request, reply, undefined, () =>
      steadyTime(CHECK_FLOOR_MS, async () => {
        const { invitation, ticket, ticketExpiresAt } = await checkInvitation(storage, token, code);
        const member = await storage.findMember(invitation.memberId);
        return { ticket, ticketExpiresAt, displayName: member?.displayName ?? '' };
      }),
    );
  });

  app.post('/api/invitations/password', async (request, reply) => {
    const { ticket, username, password } = parseBody(redeemWithPasswordRequestSchema, request.body);
    return guard.guard(request, reply, undefined, async () => {
      const invitation = await invitationForTicket(storage, ticket);
      const problem = checkNewPassword(password, username);
      if (problem) throw new ApiError(400, problem);
      const member = await storage.findMember(invitation.memberId);
      const user = await redeemInvitation(storage, invitation, {
        username,
        passwordHash: await hashPassword(password),
        displayName: member?.displayName ?? username,
      });
      return beginSession(request, reply, context, user);
    });
  });

  app.post(
    '/api/invitations/passkey/options',
    { config: { rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { ticket } = parseBody(invitationPasskeyOptionsRequestSchema, request.body);
      return guard.guard(request, reply, undefined, async () => {
        const invitation = await invitationForTicket(storage, ticket);
        const member = await storage.findMember(invitation.memberId);
        const name = member?.displayName ?? 'Gezien';
        return registrationOptions(
          storage,
          relyingParty(request, config),
          { name, displayName: name, existing: [] },
          `invitation:${invitation.id}`,
        );
      });
    },
  );

  app.post('/api/invitations/passkey/verify', async (request, reply) => {
    const { ticket, response } = parseBody(invitationPasskeyVerifyRequestSchema, request.body);
    return guard.guard(request, reply, undefined, async () => {
      const invitation = await invitationForTicket(storage, ticket);
      const rp = relyingParty(request, config);
      const passkey = await verifyRegistration(storage, rp, response, `invitation:${invitation.id}`);
      const member = await storage.findMember(invitation.memberId);
      const user = await redeemInvitation(
        storage,
        invitation,
        {
          // Passkey users never type a username; it only has to be unique.
          username: `passkey-${invitation.memberId}`,
          passwordHash: NO_PASSWORD,
          displayName: member?.displayName ?? 'Gezien',
        },
        (tx, userId) => tx.savePasskey({ ...passkey, userId, createdAt: new Date().toISOString() }),
      );
      return beginSession(request, reply, context, user);
    });
  });
}
