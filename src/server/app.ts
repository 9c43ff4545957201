import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppContext } from './app-context';
import { registerAuditHook } from './audit/audit-hook';
import type { Config } from './config';
import { ApiError } from './http/api-error';
import { registerErrorHandler } from './http/error-handler';
import { requestLogSerializer } from './http/log-address';
import { registerRouteLimits } from './http/route-limits';
import { registerSecurity, sendBadUrl } from './http/security-hooks';
import { registerStaticFiles } from './http/static-files';
import { registerRouteGuard } from './policy/route-guard';
import { auditRoutes } from './routes/audit-routes';
import { authRoutes } from './routes/auth-routes';
import { exportRoutes } from './routes/export-routes';
import { healthRoutes } from './routes/health-routes';
import { invitationRoutes } from './routes/invitation-routes';
import { passkeyRoutes } from './routes/passkey-routes';
import { proCaseRoutes } from './routes/pro-case-routes';
import { proInvitationRoutes } from './routes/pro-invitation-routes';
import { pushRoutes } from './routes/push-routes';
import { startPushNotifier, type SendPush } from './push/push-notifier';
import { loadVapidDetails } from './push/vapid-keys';
import { sessionRoutes } from './routes/session-routes';
import { syncRoutes } from './routes/sync-routes';
import type { Storage } from './storage/storage';

export interface BuildAppOptions {
  config: Config;
  storage: Storage;
  /** Pino logging of requests (method, url, status; never bodies or cookies). Off in tests. */
  logger?: boolean;
  /** How push notices leave (web-push by default); see push-notifier.ts. */
  sendPush?: SendPush;
}

/** The whole HTTP server, not yet listening: tests build it on a temporary database. */
export async function buildApp({
  config,
  storage,
  logger = false,
  sendPush,
}: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger && {
      level: 'info',
      redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
      // Client addresses are cut to their network before they reach a log line (issue 13 row 13).
      serializers: { req: requestLogSerializer },
    },
    bodyLimit: 64 * 1024,
    frameworkErrors: (_error, _request, reply) => sendBadUrl(reply),
  });
  const cursorSecret = await storage.ensureSecret('cursor-hmac', () => randomBytes(32).toString('base64url'));
  const context: AppContext = { config, storage, cursorKey: Buffer.from(cursorSecret, 'base64url') };

  registerErrorHandler(app);
  // Before any route: every route must be in policy/route-policy.ts, and is logged by its entry there.
  registerRouteGuard(app, context);
  acceptEmptyJsonBodies(app);
  await registerSecurity(app);
  await app.register(cookie);
  // After the cookie plugin: its onSend writes Set-Cookie, which the log reads to see a login.
  await registerAuditHook(app, context);
  registerRouteLimits(app, config);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new ApiError(429, 'rate-limited'),
  });
  healthRoutes(app, context);
  authRoutes(app, context);
  passkeyRoutes(app, context);
  sessionRoutes(app, context);
  invitationRoutes(app, context);
  syncRoutes(app, context);
  auditRoutes(app, context);
  exportRoutes(app, context);
  proInvitationRoutes(app, context);
  proCaseRoutes(app, context);
  const vapid = await loadVapidDetails(storage, config);
  pushRoutes(app, context, vapid);
  const stopPush = await startPushNotifier(storage, { vapid, send: sendPush });
  app.addHook('onClose', async () => stopPush());
  await registerStaticFiles(app, config.distDir);
  return app;
}

/** `Content-Type: application/json` with no body (a bare logout) is no body, not malformed JSON. */
function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) =>
    body === '' ? done(null, undefined) : parseJson(request, body as string, done),
  );
}
