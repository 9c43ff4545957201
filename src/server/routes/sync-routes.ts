import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pullRequestSchema, pushRequestSchema } from '../../shared/sync/protocol';
import type { AppContext } from '../app-context';
import { auditClientDescriber } from '../audit/audit-client';
import { requireUser, sessionToken } from '../auth/session-cookie';
import { hashToken } from '../auth/sessions';
import { FairUse } from '../fair-use/fair-use';
import { databaseStore, memoryStore, STREAM_TTL_MS } from '../fair-use/fair-use-store';
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

  const fairUse = new FairUse(
    context.config.fairUse,
    context.storage.dialect === 'postgres' ? databaseStore(context.storage) : memoryStore(),
  );
  app.addHook('onClose', fairUse.keepStreamsRegistered(STREAM_TTL_MS / 3));

  app.post('/api/sync/pull', async (request, reply) => {
    const user = await requireUser(request, context);
    await fairUse.pull(reply, user.id);
    const body = parseBody(pullRequestSchema, request.body);
    return pull(context.storage, user, body, context.cursorKey, clock.today());
  });

  app.post('/api/sync/push', async (request, reply) => {
    const user = await requireUser(request, context);
    const body = parseBody(pushRequestSchema, request.body);
    await fairUse.push(reply, user.id, body.mutations.length);
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
    const release = await fairUse.stream(reply, user.id, hashToken(sessionToken(request) ?? ''));
    const end = await servePokes({ storage: context.storage, user, sessionLive }, request, reply).catch(
      async (error: unknown) => {
        await release();
        throw error;
      },
    );
    streams.add(end);
    request.raw.on('close', () => {
      streams.delete(end);
      void release().catch(() => {});
    });
  });
}
