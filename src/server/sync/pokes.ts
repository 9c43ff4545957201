import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Storage, UserRecord } from '../storage/storage';
import type { CaseChange } from '../storage/case-change-feed';

/**
 * The poke stream (GET /api/sync/events, Server-Sent Events): `event: poke` with no content when a
 * case changed in a way this user can see, so the client pulls now instead of on its timer. A poke
 * never names a case, and a write that changes nothing in the user's view pokes no one: the feed
 * carries the members whose view changed (run-mutation.ts), so not even the timing of a hidden
 * write leaks. A comment every 25 s keeps proxies from closing the stream; `retry` tells the
 * browser when to reconnect. Memberships are read at every change, so a removed member stops
 * being poked at once, and the session is checked at every heartbeat, so a logout ends the stream.
 * Pokes of one burst are coalesced.
 */
export const HEARTBEAT_MS = 25_000;
const RETRY_MS = 5_000;
const COALESCE_MS = 50;

export interface PokeStream {
  storage: Storage;
  user: UserRecord;
  /** Whether the request's session is still live. */
  sessionLive: () => Promise<boolean>;
  heartbeatMs?: number;
}

/** Serves the stream until the client goes; resolves to a function that ends it (server shutdown). */
export async function servePokes(
  { storage, user, sessionLive, heartbeatMs = HEARTBEAT_MS }: PokeStream,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<() => void> {
  let open = true;
  let pending: NodeJS.Timeout | undefined;
  const raw = reply.raw;
  const write = (text: string) => {
    if (open) raw.write(text);
  };
  const poke = () => {
    if (pending) return;
    pending = setTimeout(() => {
      pending = undefined;
      write('event: poke\ndata: \n\n');
    }, COALESCE_MS);
  };
  const concernsUser = async (change: CaseChange) => {
    if (change.caseId === '*') return true;
    const memberships = await storage.listMembershipsForUser(user.id);
    return memberships.some((m) => m.caseId === change.caseId && change.memberIds.includes(m.memberId));
  };
  const unsubscribe = await storage.listenCaseChanges((change) => {
    concernsUser(change).then(
      (yes) => yes && poke(),
      () => poke(),
    );
  });
  reply.hijack();
  // Hijacked replies skip Fastify's hooks: keep the security headers set so far (C5).
  raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  write(`retry: ${RETRY_MS}\n\n`);
  const heartbeat = setInterval(() => {
    sessionLive().then(
      (live) => (live ? write(': keep-alive\n\n') : close()),
      () => close(),
    );
  }, heartbeatMs);
  const close = () => {
    if (!open) return;
    open = false;
    clearInterval(heartbeat);
    clearTimeout(pending);
    unsubscribe();
    raw.end();
  };
  request.raw.on('close', close);
  raw.on('error', close);
  return close;
}
