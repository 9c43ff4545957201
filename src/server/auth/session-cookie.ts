import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BACKGROUND_HEADER } from '../../shared/api/auth';
import type { AppContext } from '../app-context';
import { unauthenticated } from '../http/api-error';
import type { UserRecord } from '../storage/storage';
import { resumeSession } from './sessions';

/**
 * The session cookie. `__Host-` makes the browser insist on Secure, Path=/ and no Domain, so no
 * sibling host can set or read it; browsers accept Secure cookies on http://localhost too.
 */
export const SESSION_COOKIE = '__Host-gezien';
const options = { httpOnly: true, secure: true, sameSite: 'strict', path: '/' } as const;

export const sessionToken = (request: FastifyRequest): string | undefined => request.cookies[SESSION_COOKIE];

/** `maxAgeSeconds` null: a browser-session cookie, never written to disk (shared-device mode, G4). */
export const setSessionCookie = (reply: FastifyReply, token: string, maxAgeSeconds: number | null) =>
  reply.setCookie(
    SESSION_COOKIE,
    token,
    maxAgeSeconds === null ? options : { ...options, maxAge: maxAgeSeconds },
  );

export const clearSessionCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, options);

/** Only a person's actions extend a session: not background requests, not the poke stream. */
const isPersonActing = (request: FastifyRequest) =>
  request.headers[BACKGROUND_HEADER] !== '1' && request.routeOptions.url !== '/api/sync/events';

/** The logged-in user, or a 401 `unauthenticated`. */
export async function requireUser(request: FastifyRequest, context: AppContext): Promise<UserRecord> {
  const token = sessionToken(request);
  const { storage, config } = context;
  const user =
    token && (await resumeSession(storage, token, config.sessions, new Date(), isPersonActing(request)));
  if (!user) throw unauthenticated();
  return user;
}
