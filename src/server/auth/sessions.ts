import { createHash, randomBytes } from 'node:crypto';
import type { SessionLimits } from '../config';
import type { Storage, UserKind, UserRecord } from '../storage/storage';

/**
 * Server-side sessions (SECURITY.md C1, C2): the cookie holds an opaque 256-bit token; the database
 * holds only its SHA-256, so a leaked table cannot be replayed. A session ends at its absolute
 * expiry or after the idle time of the user's kind, checked on every request.
 */
export type SessionPolicy = Record<UserKind, SessionLimits>;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

// last_seen_at is written at most once a minute: reads stay reads.
const TOUCH_EVERY_MS = 60_000;

/**
 * The id a session is shown and ended by (GET/DELETE /api/sessions): derived from the stored hash,
 * so it can be given out freely; it cannot be turned back into the hash, let alone the token.
 */
export const publicSessionId = (idHash: string) =>
  createHash('sha256').update(`public:${idHash}`).digest('base64url').slice(0, 22);

export async function startSession(
  storage: Storage,
  user: UserRecord,
  policy: SessionPolicy,
  now = new Date(),
  device = '',
) {
  const token = randomBytes(32).toString('base64url');
  const { maxMs } = policy[user.kind];
  const idHash = hashToken(token);
  await storage.transaction(async (tx) => {
    await tx.createSession({
      idHash,
      userId: user.id,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + maxMs).toISOString(),
    });
    if (device) await tx.setSessionDevice(idHash, device);
  });
  return { token, idHash, maxAgeSeconds: Math.floor(maxMs / 1000) };
}

/** The user of a live session, or undefined; an expired session is deleted on the way. */
export async function resumeSession(
  storage: Storage,
  token: string,
  policy: SessionPolicy,
  now = new Date(),
  /** False for requests no person made (background pulls): they never extend the session. */
  personActing = true,
): Promise<UserRecord | undefined> {
  const idHash = hashToken(token);
  const session = await storage.findSession(idHash);
  if (!session) return undefined;
  const user = await storage.findUserById(session.userId);
  const lastSeen = Date.parse(session.lastSeenAt);
  const idle = user ? now.getTime() - lastSeen > policy[user.kind].idleMs : true;
  if (!user || user.disabled || idle || now.getTime() >= Date.parse(session.expiresAt)) {
    await storage.deleteSession(idHash);
    return undefined;
  }
  if (personActing && now.getTime() - lastSeen > TOUCH_EVERY_MS)
    await storage.touchSession(idHash, now.toISOString());
  return user;
}

export const endSession = (storage: Storage, token: string) => storage.deleteSession(hashToken(token));
