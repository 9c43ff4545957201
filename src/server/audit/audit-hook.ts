import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Member } from '../../shared/domain';
import type { AppContext } from '../app-context';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { hashToken } from '../auth/sessions';
import { callerOf } from '../policy/route-guard';
import { findRoutePolicy } from '../policy/route-policy';
import type { Storage, UserRecord } from '../storage/storage';
import { auditClientDescriber } from './audit-client';
import { recordAccess, type AccessEntry } from './audit-log';
import { ReadCoalescer } from './read-coalescer';

/**
 * Writes the access log for every route from its `audit` entry in route-policy.ts, before the
 * answer leaves (onSend): if the row cannot be written, the caller gets a 500 instead of the data
 * ("no log, no access"). Handlers that know which rows they touched name them with
 * `setAuditData`; otherwise the case (or the user) is the data.
 */
const auditData = new WeakMap<FastifyRequest, { entity?: string; ids: string[] }>();

export const setAuditData = (request: FastifyRequest, ids: string[], entity?: string) =>
  auditData.set(request, { entity, ids });

/** Per case: the members whose data an export holds (route audit `export-per-case`). */
const exportedMembers = new WeakMap<FastifyRequest, Map<string, string[]>>();
export const setExportedMembers = (request: FastifyRequest, byCase: Map<string, string[]>) =>
  exportedMembers.set(request, byCase);

export async function registerAuditHook(app: FastifyInstance, context: AppContext): Promise<void> {
  const { storage } = context;
  const describeClient = await auditClientDescriber(storage);
  const coalescer = new ReadCoalescer(context.config.auditReadWindowMs);
  const log = async (entry: AccessEntry) => {
    if (coalescer.shouldLog(entry)) await recordAccess(storage, entry);
  };

  app.addHook('onSend', async (request, reply, payload) => {
    const url = request.routeOptions.url;
    const policy = url === undefined ? undefined : findRoutePolicy(request.method, url);
    if (!policy || policy.audit === null || policy.audit === 'handler') return payload;
    const basis = `route ${policy.method} ${policy.url}`;
    const client = describeClient(request);
    const ok = reply.statusCode < 400;
    const { user, member } = callerOf(request);
    const audit = policy.audit;

    if (audit === 'session-start') {
      const started = await sessionUserStarted(storage, reply);
      if (started) {
        await log({
          ...actor(started),
          caseId: null,
          dataEntity: 'session',
          dataIds: [started.id],
          action: 'login',
          basis,
          client,
        });
      } else if (reply.statusCode === 401) {
        const id = await attemptedUserId(storage, request.body);
        await log({
          actorUserId: id,
          actorRole: 'unknown',
          caseId: null,
          dataEntity: 'session',
          dataIds: [],
          action: 'login-failed',
          basis,
          client,
        });
      }
      return payload;
    }
    if (!ok || !user) return payload;
    if (audit === 'logout') {
      await log({
        ...actor(user),
        caseId: null,
        dataEntity: 'session',
        dataIds: [user.id],
        action: 'logout',
        basis,
        client,
      });
    } else if (audit === 'per-case' || audit === 'export-per-case') {
      const action = audit === 'per-case' ? 'read' : 'export';
      const memberships = await storage.listMembershipsForUser(user.id);
      if (memberships.length === 0 && action === 'export') {
        await log({
          ...actor(user),
          caseId: null,
          dataEntity: 'person',
          dataIds: [user.id],
          action,
          basis,
          client,
        });
      }
      const held = exportedMembers.get(request);
      for (const { caseId, memberId } of memberships) {
        const who = caseActor(user, await storage.findMember(memberId));
        await log({
          ...who,
          caseId,
          dataEntity: 'case',
          dataIds: [caseId, ...(held?.get(caseId) ?? [])],
          action,
          basis: `${basis} as ${who.actorRole}`,
          client,
        });
      }
    } else {
      const caseId = member?.caseId ?? null;
      const data = auditData.get(request);
      const who = caseId ? caseActor(user, member) : actor(user);
      await log({
        ...who,
        caseId,
        dataEntity: data?.entity ?? audit.entity,
        dataIds: data?.ids ?? [caseId ?? user.id],
        action: audit.action,
        basis: member ? `${basis} as ${member.role}` : basis,
        client,
      });
    }
    return payload;
  });
}

type Actor = Pick<AccessEntry, 'actorUserId' | 'onBehalfOf' | 'actorRole' | 'actorOrganisation'>;

/**
 * A professional's organisation is the one on their login, set by `npm run admin`; never from
 * case data they can edit (issue 13 row 4).
 */
const organisationOf = (user: UserRecord) => (user.kind === 'family' ? 'family' : (user.organisation ?? '-'));

const actor = (user: UserRecord): Actor => ({
  actorUserId: user.id,
  onBehalfOf: user.id,
  actorRole: user.kind,
  actorOrganisation: organisationOf(user),
});

/** The actor as a member of the case; the log keeps the organisation as it was at the time. */
export function caseActor(user: UserRecord, member: Member | undefined): Actor {
  if (!member) return actor(user);
  return {
    actorUserId: user.id,
    onBehalfOf: member.id,
    actorRole: member.role,
    actorOrganisation: member.role === 'professional' ? organisationOf(user) : 'family',
  };
}

/** A new session cookie in the answer means someone just logged in: find whose session it is. */
async function sessionUserStarted(storage: Storage, reply: FastifyReply): Promise<UserRecord | undefined> {
  const header = [reply.getHeader('set-cookie') ?? []].flat().map(String);
  const line = header.find((l) => l.startsWith(`${SESSION_COOKIE}=`));
  const token = line?.slice(SESSION_COOKIE.length + 1).split(';')[0];
  if (!token) return undefined;
  const session = await storage.findSession(hashToken(token));
  return session && storage.findUserById(session.userId);
}

async function attemptedUserId(storage: Storage, body: unknown): Promise<string> {
  const username = (body as { username?: unknown } | undefined)?.username;
  if (typeof username !== 'string' || username.length > 200) return 'unknown';
  return (await storage.findUserByUsername(username))?.id ?? 'unknown';
}

/** The kind of browser, never the full user agent (that would be a fingerprint). */
