import type { FastifyInstance } from 'fastify';
import {
  passkeyLoginVerifyRequestSchema,
  passkeyRegisterVerifyRequestSchema,
} from '../../shared/api/passkeys';
import type { AppContext } from '../app-context';
import { AbuseGuard } from '../auth/abuse-guard';
import { beginSession } from '../auth/begin-session';
import { requireUser } from '../auth/session-cookie';
import {
  authenticationOptions,
  registrationOptions,
  relyingParty,
  verifyAuthentication,
  verifyRegistration,
} from '../auth/webauthn';
import { ApiError } from '../http/api-error';
import { parseBody } from '../http/parse-body';

/**
 * Passkey login (options → verify → session cookie, like a password login) and adding a passkey
 * from a logged-in session (SECURITY.md B4). Failed verifies are limited per address (B2); the
 * password limiter is a different guard, so a password brute force never blocks a passkey.
 */
export function passkeyRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage, config } = context;
  const guard = new AbuseGuard(config.abuse);

  // Each call stores a challenge: limited per address like the password login.
  const perMinute = { config: { rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' } } };

  app.post('/api/auth/passkey/options', perMinute, async (request, reply) => {
    guard.check(request, reply);
    return authenticationOptions(storage, relyingParty(request, config));
  });

  app.post('/api/auth/passkey/verify', async (request, reply) => {
    const { response } = parseBody(passkeyLoginVerifyRequestSchema, request.body);
    return guard.guard(request, reply, undefined, async () => {
      const userId = await verifyAuthentication(storage, relyingParty(request, config), response);
      const user = await storage.findUserById(userId);
      if (!user || user.disabled) throw new ApiError(401, 'passkey-failed');
      return beginSession(request, reply, context, user);
    });
  });

  app.post('/api/passkeys/options', async (request) => {
    const user = await requireUser(request, context);
    const existing = (await storage.listPasskeys(user.id)).map((p) => p.id);
    const name = user.username;
    return registrationOptions(
      storage,
      relyingParty(request, config),
      { name, displayName: user.displayName, existing },
      `user:${user.id}`,
    );
  });

  app.post('/api/passkeys', async (request, reply) => {
    const user = await requireUser(request, context);
    const { response } = parseBody(passkeyRegisterVerifyRequestSchema, request.body);
    const passkey = await verifyRegistration(
      storage,
      relyingParty(request, config),
      response,
      `user:${user.id}`,
    );
    await storage.savePasskey({ ...passkey, userId: user.id, createdAt: new Date().toISOString() });
    return reply.status(204).send();
  });
}
