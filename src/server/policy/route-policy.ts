import type { MemberRole } from '../../shared/domain';
import type { AuditAction } from '../storage/audit-queries';

/**
 * Every HTTP route the server has, with who may call it and what the access log records
 * (SECURITY.md A1, E1). route-guard.ts refuses to start a server with a route missing here and
 * checks the caller before the handler runs; the access-matrix test reads the same table.
 * - `anonymous`: anyone (the handler proves who they are: login, invitation, passkey);
 * - `session`: any logged-in user (the handler only touches their own data);
 * - `case`: a member of `:caseId` with one of `roles`; anyone else gets 404, as if the case did not
 *   exist (POLICY.md "outsider"); a member with another role gets 403.
 * - `console`: the professional console (`/api/pro/*`, decision 009): a professional login that is a
 *   professional member of `:caseId`; everyone else with a session gets 404, family members of the
 *   case too, so the console does not exist for them.
 * `audit`: what one call records in the access log (`per-case`: one row per case the user is a
 * member of, e.g. a pull; `export-per-case`: the same for an export, each row naming the members whose
 * data it holds, so every family sees it; `session-start`: a login when the answer starts a session, a failed
 * login when it is 401; `handler`: the handler records its own rows, e.g. one per mutation).
 */
export type RouteAccess =
  | { kind: 'anonymous' }
  | { kind: 'session' }
  | { kind: 'case'; roles: readonly MemberRole[] }
  | { kind: 'console' };

export type RouteAudit =
  | null
  | { action: AuditAction; entity: string }
  | 'per-case'
  | 'export-per-case'
  | 'session-start'
  | 'logout'
  | 'handler';

export interface RoutePolicy {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  access: RouteAccess;
  audit: RouteAudit;
}

const anonymous = { kind: 'anonymous' } as const;
const session = { kind: 'session' } as const;
const caseMembers = (...roles: MemberRole[]) => ({ kind: 'case', roles }) as const;
const caseConsole = { kind: 'console' } as const;
const route = (method: RoutePolicy['method'], url: string, access: RouteAccess, audit: RouteAudit) => ({
  method,
  url,
  access,
  audit,
});

export const routePolicies: readonly RoutePolicy[] = [
  route('GET', '/api/health', anonymous, null),
  route('POST', '/api/auth/login', anonymous, 'session-start'),
  route('POST', '/api/auth/logout', anonymous, 'logout'),
  route('GET', '/api/auth/me', session, { action: 'read', entity: 'user' }),
  route('POST', '/api/auth/passkey/options', anonymous, null),
  route('POST', '/api/auth/passkey/verify', anonymous, 'session-start'),
  route('POST', '/api/passkeys/options', session, null),
  route('POST', '/api/passkeys', session, { action: 'create', entity: 'passkey' }),
  route('GET', '/api/sessions', session, { action: 'read', entity: 'session' }),
  route('POST', '/api/sessions/end-others', session, { action: 'delete', entity: 'session' }),
  route('DELETE', '/api/sessions/:id', session, { action: 'delete', entity: 'session' }),
  route('POST', '/api/invitations/check', anonymous, null),
  route('POST', '/api/invitations/password', anonymous, 'session-start'),
  route('POST', '/api/invitations/passkey/options', anonymous, null),
  route('POST', '/api/invitations/passkey/verify', anonymous, 'session-start'),
  route('POST', '/api/cases/:caseId/members/:memberId/end-sessions', caseMembers('professional'), {
    action: 'delete',
    entity: 'session',
  }),
  route('POST', '/api/cases/:caseId/invitations', caseMembers('professional'), {
    action: 'create',
    entity: 'invitation',
  }),
  route('POST', '/api/sync/pull', session, 'per-case'),
  route('POST', '/api/sync/push', session, 'handler'),
  // The poke stream carries no data, only “pull now”.
  route('GET', '/api/sync/events', session, null),
  route('GET', '/api/cases/:caseId/access-log', caseMembers('parent', 'youth', 'professional'), {
    action: 'read',
    entity: 'access-log',
  }),
  route('GET', '/api/me/export', session, 'export-per-case'),
  // Web Push (push-routes.ts): own browser's subscription only; the key is public.
  route('GET', '/api/push/key', session, null),
  route('POST', '/api/push/subscriptions', session, { action: 'create', entity: 'push-subscription' }),
  route('DELETE', '/api/push/subscriptions', session, { action: 'delete', entity: 'push-subscription' }),
  // The professional console (decision 009).
  route('GET', '/api/pro/cases/:caseId/invitations', caseConsole, { action: 'read', entity: 'invitation' }),
  route('POST', '/api/pro/cases/:caseId/members/:memberId/invitation', caseConsole, {
    action: 'create',
    entity: 'invitation',
  }),
  route('DELETE', '/api/pro/cases/:caseId/members/:memberId/invitation', caseConsole, {
    action: 'delete',
    entity: 'invitation',
  }),
  route('GET', '/api/pro/cases/:caseId/colleagues', caseConsole, { action: 'read', entity: 'colleague' }),
  // "Bekijk als …": what one member's pull holds, read-only (view-as.ts).
  route('GET', '/api/pro/cases/:caseId/view-as/:memberId', caseConsole, { action: 'read', entity: 'case' }),
  // The built PWA (static-files.ts): public files only, no data.
  route('GET', '/*', anonymous, null),
];

const key = (method: string, url: string) => `${method} ${url}`;
const byKey = new Map(routePolicies.map((policy) => [key(policy.method, policy.url), policy]));

/** The table entry of a registered route; HEAD is answered by its GET. */
export const findRoutePolicy = (method: string, url: string): RoutePolicy | undefined =>
  byKey.get(key(method === 'HEAD' ? 'GET' : method, url));
