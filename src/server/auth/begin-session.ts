import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context';
import type { UserRecord } from '../storage/storage';
import { sessionToken, setSessionCookie } from './session-cookie';
import { deviceLabel } from './device-label';
import { endSession, startSession } from './sessions';

/**
 * Every way in (password, passkey, redeemed invitation) ends here. Rotation (SECURITY.md C1): a
 * session that came with this request never survives a login, so a planted cookie is worthless.
 * The answer says how many wrong passwords were tried since the last login (issue 13 row 7).
 */
export async function beginSession(
  request: FastifyRequest,
  reply: FastifyReply,
  context: AppContext,
  user: UserRecord,
  { sharedDevice = false }: { sharedDevice?: boolean } = {},
) {
  const previous = sessionToken(request);
  if (previous) await endSession(context.storage, previous);
  const device = deviceLabel(request.headers['user-agent']);
  const { token, maxAgeSeconds } = await startSession(
    context.storage,
    user,
    context.config.sessions,
    new Date(),
    device,
  );
  setSessionCookie(reply, token, sharedDevice ? null : maxAgeSeconds);
  const failedLogins = await context.storage.takeFailedLogins(user.id);
  return { user: { id: user.id, kind: user.kind }, failedLogins };
}
