import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import type { SessionInfo } from '../../shared/api/sessions';
import type { AppContext } from '../app-context';
import { requireProfessionalOf } from '../auth/case-professional';
import { requireUser, sessionToken } from '../auth/session-cookie';
import { hashToken, publicSessionId } from '../auth/sessions';
import { ApiError } from '../http/api-error';

/**
 * "Waar ben ik ingelogd" (SECURITY.md C3): a person sees their own sessions by a public id (never
 * the token or its hash), ends one, or ends all others. A professional of the case can end all
 * sessions of a family member of that case (a lost phone); admins end anyone's with scripts/admin.ts.
 */
const paramsSchema = z.object({ id: z.string().check(z.regex(/^[\w-]{22}$/)) });

export function sessionRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  async function own(request: Parameters<typeof requireUser>[0]) {
    const user = await requireUser(request, context);
    const currentHash = hashToken(sessionToken(request)!);
    return { user, currentHash, sessions: await storage.listSessionsForUser(user.id) };
  }

  app.get('/api/sessions', async (request): Promise<{ sessions: SessionInfo[] }> => {
    const { currentHash, sessions } = await own(request);
    return {
      sessions: sessions.map((s) => ({
        id: publicSessionId(s.idHash),
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        device: s.device ?? '',
        current: s.idHash === currentHash,
      })),
    };
  });

  // Ends every session but this one ("log out everywhere else").
  app.post('/api/sessions/end-others', async (request) => {
    const { user, currentHash } = await own(request);
    return { ended: await storage.deleteSessionsForUser(user.id, currentHash) };
  });

  app.delete('/api/sessions/:id', async (request, reply) => {
    const params = z.safeParse(paramsSchema, request.params);
    if (!params.success) throw new ApiError(404, 'not-found');
    const { sessions } = await own(request);
    const session = sessions.find((s) => publicSessionId(s.idHash) === params.data.id);
    if (!session) throw new ApiError(404, 'not-found');
    await storage.deleteSession(session.idHash);
    return reply.status(204).send();
  });

  app.post('/api/cases/:caseId/members/:memberId/end-sessions', async (request) => {
    const { caseId } = await requireProfessionalOf(request, context);
    const params = z.safeParse(z.looseObject({ memberId: z.string() }), request.params);
    const member = params.success ? await storage.findMember(params.data.memberId) : undefined;
    if (!member || member.caseId !== caseId) throw new ApiError(404, 'not-found');
    // Only family and network members: a professional's account is the admin's to manage.
    if (member.role === 'professional') throw new ApiError(403, 'forbidden');
    const userId = await storage.findMemberUserId(member.id);
    return { ended: userId ? await storage.deleteSessionsForUser(userId) : 0 };
  });
}
