import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pullRequestSchema, pushRequestSchema } from '../../shared/sync/protocol';
import type { AppContext } from '../app-context';
import { auditClientDescriber } from '../audit/audit-client';
import { requireUser } from '../auth/session-cookie';
import { parseBody } from '../http/parse-body';
import { pull } from '../sync/pull';
import { push } from '../sync/push';
import { servePokes } from '../sync/pokes';
import { todayInNetherlands } from '../today';

/** The sync endpoints of DESIGN.md §4a: pull, push, and the poke stream. Thin: sync/ does the work. */
export function syncRoutes(app: FastifyInstance, context: AppContext): void {
  const clock = { now: () => new Date().toISOString(), today: () => todayInNetherlands() };
  let describeClient: ((request: FastifyRequest) => string) | undefined;
  const auditClientOf = async (request: FastifyRequest) => {
    describeClient ??= await auditClientDescriber(context.storage);
    return describeClient(request);
  };

  app.post('/api/sync/pull', async (request) => {
    const user = await requireUser(request, context);
    const body = parseBody(pullRequestSchema, request.body);
    return pull(context.storage, user, body, context.cursorKey, clock.today());
  });

  app.post('/api/sync/push', async (request, reply) => {
    const user = await requireUser(request, context);
    const body = parseBody(pushRequestSchema, request.body);
    const { lastMutationId, replayed } = await push(
      context.storage,
      user,
      body,
      clock,
      await auditClientOf(request),
    );
    if (replayed) reply.header('idempotent-replayed', 'true');
    return { lastMutationId };
  });

  // Open poke streams would keep the server from closing: end them first.
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of streams) end();
  });
  app.get('/api/sync/events', async (request, reply) => {
    const user = await requireUser(request, context);
    const sessionLive = () =>
      requireUser(request, context).then(
        () => true,
        () => false,
      );
    const end = await servePokes({ storage: context.storage, user, sessionLive }, request, reply);
    streams.add(end);
    request.raw.on('close', () => streams.delete(end));
  });
}
