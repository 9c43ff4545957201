import type { FastifyInstance } from 'fastify';
import { pushSubscriptionSchema, pushUnsubscribeSchema } from '../../shared/api/push';
import type { AppContext } from '../app-context';
import { requireUser, sessionToken } from '../auth/session-cookie';
import { hashToken } from '../auth/sessions';
import { parseBody } from '../http/parse-body';
import type { VapidDetails } from '../push/vapid-keys';

/**
 * Web Push subscriptions (SECURITY.md G3): the public VAPID key, and saving or removing this
 * browser's subscription. A subscription belongs to the session that made it, so logout or expiry
 * stops the notices. Own data only (`session` in route-policy.ts).
 */
export function pushRoutes(app: FastifyInstance, context: AppContext, vapid: VapidDetails): void {
  const { storage } = context;

  app.get('/api/push/key', async (request) => {
    await requireUser(request, context);
    return { publicKey: vapid.publicKey };
  });

  app.post('/api/push/subscriptions', async (request, reply) => {
    const user = await requireUser(request, context);
    const { endpoint, keys, lang, neutral } = parseBody(pushSubscriptionSchema, request.body);
    await storage.savePushSubscription({
      userId: user.id,
      sessionHash: hashToken(sessionToken(request)!),
      endpoint,
      p256dh: keys.p256dh,
      auth: keys.auth,
      lang,
      neutral,
      createdAt: new Date().toISOString(),
    });
    return reply.status(204).send();
  });

  app.delete('/api/push/subscriptions', async (request, reply) => {
    const user = await requireUser(request, context);
    const { endpoint } = parseBody(pushUnsubscribeSchema, request.body);
    await storage.deletePushSubscription(user.id, endpoint);
    return reply.status(204).send();
  });
}
