import type { FastifyInstance } from 'fastify';
import { accessLogQuerySchema, type AccessLogResponse } from '../../shared/api/audit';
import type { AppContext } from '../app-context';
import { accessLogFor } from '../audit/access-log-view';
import { caseActor } from '../audit/audit-hook';
import { parseBody } from '../http/parse-body';
import { callerOf } from '../policy/route-guard';
import { todayInNetherlands } from '../today';

/** The access log of one case, as its member may see it (route-policy.ts: parents, youth, professionals). */
export function auditRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/api/cases/:caseId/access-log', async (request): Promise<AccessLogResponse> => {
    const { user, member } = callerOf(request);
    const query = parseBody(accessLogQuerySchema, request.query);
    const organisation =
      member!.role === 'professional' ? caseActor(user!, member).actorOrganisation : undefined;
    const entries = await accessLogFor(context.storage, member!, todayInNetherlands(), query, organisation);
    return { entries };
  });
}
