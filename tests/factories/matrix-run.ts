import { routePolicies, type RoutePolicy } from '../../src/server/policy/route-policy';
import type { MemberRole } from '../../src/shared/domain';
import { createApiClient, type ApiClient, type ApiResponse } from '../setup/test-server';
import { caseIdsFor, routeRequests, type RouteRequest } from './route-requests';
import {
  actors,
  MATRIX_PASSWORD,
  usernameOf,
  type Actor,
  type LoggedInActor,
  type TwoCases,
} from './two-cases';

/**
 * Runs every route of the table as every actor (SECURITY.md A1) and says what the policy table
 * expects: `allow`, or the status of a refusal (401 no session, 404 outsider, 403 wrong role).
 */
export const roleOf: Record<LoggedInActor, MemberRole> = {
  parentA: 'parent',
  parentB: 'parent',
  youth11: 'youth',
  youth14: 'youth',
  youth16: 'youth',
  network: 'network',
  professional: 'professional',
  otherProfessional: 'professional',
};

export type Expected = 'allow' | 401 | 403 | 404;

export function expectedFor(policy: RoutePolicy, actor: Actor, caseId: string, fixture: TwoCases): Expected {
  if (policy.access.kind === 'anonymous') return 'allow';
  if (actor === 'anonymous') return 401;
  if (policy.access.kind === 'session') return 'allow';
  const ownCase = actor === 'otherProfessional' ? fixture.caseTwo : fixture.caseOne;
  if (caseId !== ownCase) return 404;
  // The console does not exist for family members: 404, never 403 (decision 009).
  if (policy.access.kind === 'console') return roleOf[actor] === 'professional' ? 'allow' : 404;
  return policy.access.roles.includes(roleOf[actor]) ? 'allow' : 403;
}

export interface MatrixCall {
  actor: Actor;
  policy: RoutePolicy;
  request: RouteRequest;
  caseId: string | null;
  expected: Expected;
  response: ApiResponse;
}

/** The table's API routes (not the static files), logout last as it ends the session. */
export const apiPolicies = () =>
  [...routePolicies]
    .filter((policy) => policy.url.startsWith('/api/'))
    .sort((a, b) => Number(a.audit === 'logout') - Number(b.audit === 'logout'));

export async function loginAs(baseUrl: string, actor: Actor): Promise<ApiClient> {
  const client = createApiClient(baseUrl);
  if (actor !== 'anonymous') {
    const login = await client.login(usernameOf(actor), MATRIX_PASSWORD);
    if (login.status !== 200) throw new Error(`login as ${actor} failed: ${login.status}`);
  }
  return client;
}

/** Opens an event stream, keeps its status and headers, and closes it. */
async function openStream(baseUrl: string, client: ApiClient, path: string): Promise<ApiResponse> {
  const controller = new AbortController();
  const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(baseUrl + path, {
    headers: cookie ? { cookie } : {},
    signal: controller.signal,
  });
  const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
  const text = isJson ? await response.text() : '';
  controller.abort();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: isJson ? JSON.parse(text) : undefined,
  };
}

export async function runMatrix(
  baseUrl: string,
  fixture: TwoCases,
  onlyActors: readonly Actor[] = actors,
): Promise<MatrixCall[]> {
  const calls: MatrixCall[] = [];
  for (const actor of onlyActors) {
    const client = await loginAs(baseUrl, actor);
    for (const policy of apiPolicies()) {
      const build = routeRequests[`${policy.method} ${policy.url}`];
      if (!build) throw new Error(`no example request for ${policy.method} ${policy.url}`);
      const caseIds = policy.url.includes(':caseId') ? caseIdsFor(fixture) : [null];
      for (const caseId of caseIds) {
        const request = build(fixture, caseId ?? fixture.caseOne);
        const response = request.stream
          ? await openStream(baseUrl, client, request.path)
          : await client.raw(request.method, request.path, {
              body: request.body === undefined ? undefined : JSON.stringify(request.body),
              headers: {
                'x-requested-with': 'gezien',
                ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
              },
            });
        const expected = expectedFor(policy, actor, caseId ?? fixture.caseOne, fixture);
        calls.push({ actor, policy, request, caseId, expected, response });
      }
    }
  }
  return calls;
}
