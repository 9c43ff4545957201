import type { FastifyInstance } from 'fastify';
import { pullRequestSchema } from '../../shared/sync/protocol';
import type { AppContext } from '../app-context';
import { requireUser } from '../auth/session-cookie';
import { parseBody } from '../http/parse-body';
import { pullSnapshot } from '../sync/pull';
import { todayInNetherlands } from '../today';

export function syncRoutes(app: FastifyInstance, context: AppContext): void {
  app.post('/api/sync/pull', async (request) => {
    const user = await requireUser(request, context);
    const pull = parseBody(pullRequestSchema, request.body);
    return pullSnapshot(context.storage, user, pull, context.cursorKey, todayInNetherlands());
  });
}
