import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import { idSchema, type Member } from '../../shared/domain';
import type { AppContext } from '../app-context';
import { requireUser } from '../auth/session-cookie';
import { ApiError } from '../http/api-error';
import type { UserRecord } from '../storage/storage';
import { findRoutePolicy, type RoutePolicy } from './route-policy';
import * as z from 'zod/mini';

/**
 * Enforces route-policy.ts (SECURITY.md A1). At registration, a route missing from the table stops
 * the server from starting. Per request, before the body is parsed, the caller is checked: a
 * session where one is needed (401), membership of `:caseId` (404 for outsiders, so a case's
 * existence never leaks) and the member's role (403). Handlers read the checked caller with
 * `callerOf(request)` instead of looking it up again.
 */
export interface Caller {
  user?: UserRecord;
  /** The caller's member row in `:caseId`, for case routes. */
  member?: Member;
}

const callers = new WeakMap<FastifyRequest, Caller>();
export const callerOf = (request: FastifyRequest): Caller => callers.get(request) ?? {};

export class UnlistedRouteError extends Error {
  constructor(method: string, url: string) {
    super(`route ${method} ${url} is not in src/server/policy/route-policy.ts: add it with who may call it`);
  }
}

export function registerRouteGuard(app: FastifyInstance, context: AppContext): void {
  app.addHook('onRoute', (options) => {
    const methods = [options.method].flat();
    const policies = methods.map((method) => {
      const policy = findRoutePolicy(method, options.url);
      if (!policy) throw new UnlistedRouteError(method, options.url);
      return policy;
    });
    const guard: onRequestHookHandler = async (request) => {
      callers.set(request, await checkCaller(request, policies[0]!, context));
    };
    options.onRequest = [guard, ...[options.onRequest ?? []].flat()];
  });
}

/** Used by anonymous routes too: who is calling, if anyone (logout logs who left). */
async function optionalUser(request: FastifyRequest, context: AppContext): Promise<UserRecord | undefined> {
  try {
    return await requireUser(request, context);
  } catch {
    return undefined;
  }
}

async function checkCaller(
  request: FastifyRequest,
  policy: RoutePolicy,
  context: AppContext,
): Promise<Caller> {
  const { access } = policy;
  if (access.kind === 'anonymous') {
    return policy.audit === 'logout' ? { user: await optionalUser(request, context) } : {};
  }
  const user = await requireUser(request, context);
  if (access.kind === 'session') return { user };
  const caseId = (request.params as { caseId?: unknown }).caseId;
  if (!z.safeParse(idSchema, caseId).success) throw new ApiError(404, 'not-found');
  const memberships = await context.storage.listMembershipsForUser(user.id);
  const membership = memberships.find((m) => m.caseId === caseId);
  const member = membership && (await context.storage.findMember(membership.memberId));
  if (!member) throw new ApiError(404, 'not-found');
  // The console does not exist for anyone but the case's professionals: 404, never 403.
  if (access.kind === 'console') {
    if (user.kind !== 'professional' || member.role !== 'professional') throw new ApiError(404, 'not-found');
    return { user, member };
  }
  if (!access.roles.includes(member.role)) throw new ApiError(403, 'forbidden');
  return { user, member };
}
