import type { FastifyInstance } from 'fastify';
import { loginRequestSchema } from '../../shared/api/auth';
import type { MeResponse } from '../../shared/api/me';
import type { AppContext } from '../app-context';
import { AbuseGuard } from '../auth/abuse-guard';
import { beginSession } from '../auth/begin-session';
import { burnPasswordCheck, hashPassword, needsRehash, verifyPassword } from '../auth/password';
import { clearSessionCookie, requireUser, sessionToken } from '../auth/session-cookie';
import { endSession } from '../auth/sessions';
import { ApiError } from '../http/api-error';
import { parseBody } from '../http/parse-body';

/**
 * Login, logout and "who am I". A wrong password and an unknown, disabled or passkey-only user get
 * the same answer after the same scrypt work (SECURITY.md B3). Login is rate limited per address
 * per minute, and failures per username and per address per window (B2).
 */
export function authRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage, config } = context;
  const guard = new AbuseGuard(config.abuse);
  // The throwaway hash is made now, so the first unknown username costs no more than any other.
  void burnPasswordCheck('');

  app.post(
    '/api/auth/login',
    { config: { rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { username, password, sharedDevice } = parseBody(loginRequestSchema, request.body);
      return guard.guard(request, reply, `user:${username.toLowerCase()}`, async () => {
        const user = await storage.findUserByUsername(username);
        // A passkey-only login has no scrypt hash; it must not answer faster than a real one.
        const usable = user !== undefined && !user.disabled && user.passwordHash.startsWith('scrypt$');
        const valid = usable
          ? await verifyPassword(password, user.passwordHash)
          : await burnPasswordCheck(password);
        // The owner is told at their next login how many wrong passwords there were (issue 13 row 7).
        if (user && !valid) await storage.addFailedLogin(user.id);
        if (!usable || !valid) throw new ApiError(401, 'invalid-credentials');
        if (needsRehash(user.passwordHash)) {
          await storage.setPasswordHash(user.id, await hashPassword(password));
        }
        return beginSession(request, reply, context, user, { sharedDevice });
      });
    },
  );

  app.post('/api/auth/logout', async (request, reply) => {
    const token = sessionToken(request);
    if (token) await endSession(storage, token);
    clearSessionCookie(reply);
    // Not "storage": Chromium then waits for the page's own open IndexedDB connection and the logout
    // request never completes. The client deletes IndexedDB and Cache Storage itself, offline too
    // (src/data/session/wipe-local-data.ts; decision 006).
    return reply.header('clear-site-data', '"cache", "cookies"').status(204).send();
  });

  app.get('/api/auth/me', async (request): Promise<MeResponse> => {
    const user = await requireUser(request, context);
    const memberships = await storage.listMembershipsForUser(user.id);
    return { user: { id: user.id, kind: user.kind, displayName: user.displayName }, memberships };
  });
}
