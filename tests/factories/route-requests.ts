import { randomUUID } from 'node:crypto';
import type { RoutePolicy } from '../../src/server/policy/route-policy';
import type { TwoCases } from './two-cases';

/**
 * One example request per route of route-policy.ts, for the access matrix and the audit and header
 * tests. `caseId` fills `:caseId`; `handled` lists the answers the handler itself may give an
 * allowed caller for this example (a made-up invitation token is a 4xx, not a refusal by policy).
 * A route of the table without an example here fails the matrix test.
 */
export interface RouteRequest {
  method: RoutePolicy['method'];
  path: string;
  body?: unknown;
  handled: number[];
  /** An event stream: only the status and headers are read, then the request is aborted. */
  stream?: boolean;
}

export type RouteRequestBuilder = (fixture: TwoCases, caseId: string) => RouteRequest;

const pullBody = { protocolVersion: 1, clientId: 'matrix-client', cursor: null };
const fakeToken = 'A'.repeat(22);

export const routeRequests: Record<string, RouteRequestBuilder> = {
  'GET /api/health': () => ({ method: 'GET', path: '/api/health', handled: [200] }),
  'POST /api/auth/login': () => ({
    method: 'POST',
    path: '/api/auth/login',
    body: { username: 'matrix-nobody', password: 'wrong-password' },
    handled: [401],
  }),
  'GET /api/auth/me': () => ({ method: 'GET', path: '/api/auth/me', handled: [200] }),
  'GET /api/push/key': () => ({ method: 'GET', path: '/api/push/key', handled: [200] }),
  'POST /api/push/subscriptions': () => ({
    method: 'POST',
    path: '/api/push/subscriptions',
    body: {
      endpoint: 'https://push.example.invalid/matrix',
      keys: { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) },
      lang: 'nl',
      neutral: false,
    },
    handled: [204],
  }),
  'DELETE /api/push/subscriptions': () => ({
    method: 'DELETE',
    path: '/api/push/subscriptions',
    body: { endpoint: 'https://push.example.invalid/matrix' },
    handled: [204],
  }),
  'POST /api/auth/passkey/options': () => ({
    method: 'POST',
    path: '/api/auth/passkey/options',
    body: {},
    handled: [200, 400],
  }),
  'POST /api/auth/passkey/verify': () => ({
    method: 'POST',
    path: '/api/auth/passkey/verify',
    body: { response: { id: 'x' } },
    handled: [400, 401],
  }),
  'POST /api/passkeys/options': () => ({
    method: 'POST',
    path: '/api/passkeys/options',
    body: {},
    handled: [200, 400],
  }),
  'POST /api/passkeys': () => ({
    method: 'POST',
    path: '/api/passkeys',
    body: { response: { id: 'x' } },
    handled: [400, 401],
  }),
  'GET /api/sessions': () => ({ method: 'GET', path: '/api/sessions', handled: [200] }),
  'POST /api/sessions/end-others': () => ({
    method: 'POST',
    path: '/api/sessions/end-others',
    body: {},
    handled: [200, 204],
  }),
  'DELETE /api/sessions/:id': () => ({
    method: 'DELETE',
    path: `/api/sessions/${fakeToken}`,
    handled: [404],
  }),
  'POST /api/invitations/check': () => ({
    method: 'POST',
    path: '/api/invitations/check',
    body: { token: fakeToken, code: '123456' },
    handled: [400, 401, 404, 410],
  }),
  'POST /api/invitations/password': () => ({
    method: 'POST',
    path: '/api/invitations/password',
    body: { ticket: fakeToken, username: 'matrix-new', password: 'a-long-password-1' },
    handled: [400, 401, 404, 410],
  }),
  'POST /api/invitations/passkey/options': () => ({
    method: 'POST',
    path: '/api/invitations/passkey/options',
    body: { ticket: fakeToken, username: 'matrix-new' },
    handled: [400, 401, 404, 410],
  }),
  'POST /api/invitations/passkey/verify': () => ({
    method: 'POST',
    path: '/api/invitations/passkey/verify',
    body: { ticket: fakeToken, response: { id: 'x' } },
    handled: [400, 401, 404, 410],
  }),
  'POST /api/cases/:caseId/invitations': (fixture, caseId) => ({
    method: 'POST',
    path: `/api/cases/${caseId}/invitations`,
    body: { memberId: fixture.invitees[caseId] ?? fixture.members.network.id },
    handled: [200, 201],
  }),
  // An invitee has no login yet, so no actor of the matrix is logged out by it.
  'POST /api/cases/:caseId/members/:memberId/end-sessions': (fixture, caseId) => ({
    method: 'POST',
    path: `/api/cases/${caseId}/members/${fixture.invitees[caseId] ?? randomUUID()}/end-sessions`,
    handled: [200, 404],
  }),
  'POST /api/sync/pull': () => ({ method: 'POST', path: '/api/sync/pull', body: pullBody, handled: [200] }),
  'POST /api/sync/push': () => ({
    method: 'POST',
    path: '/api/sync/push',
    body: { protocolVersion: 1, clientId: 'matrix-client', mutations: [] },
    handled: [200],
  }),
  'GET /api/sync/events': () => ({ method: 'GET', path: '/api/sync/events', handled: [200], stream: true }),
  'GET /api/cases/:caseId/access-log': (_fixture, caseId) => ({
    method: 'GET',
    path: `/api/cases/${caseId}/access-log`,
    handled: [200],
  }),
  'GET /api/me/export': () => ({ method: 'GET', path: '/api/me/export', handled: [200] }),
  'GET /api/pro/cases/:caseId/invitations': (_fixture, caseId) => ({
    method: 'GET',
    path: `/api/pro/cases/${caseId}/invitations`,
    handled: [200],
  }),
  'POST /api/pro/cases/:caseId/members/:memberId/invitation': (fixture, caseId) => ({
    method: 'POST',
    path: `/api/pro/cases/${caseId}/members/${fixture.invitees[caseId] ?? randomUUID()}/invitation`,
    handled: [201],
  }),
  'DELETE /api/pro/cases/:caseId/members/:memberId/invitation': (fixture, caseId) => ({
    method: 'DELETE',
    path: `/api/pro/cases/${caseId}/members/${fixture.invitees[caseId] ?? randomUUID()}/invitation`,
    handled: [204],
  }),
  'GET /api/pro/cases/:caseId/colleagues': (_fixture, caseId) => ({
    method: 'GET',
    path: `/api/pro/cases/${caseId}/colleagues`,
    handled: [200],
  }),
  // As parent A: their own private words must stay out of the professional's preview (canaries).
  'GET /api/pro/cases/:caseId/view-as/:memberId': (fixture, caseId) => ({
    method: 'GET',
    path: `/api/pro/cases/${caseId}/view-as/${caseId === fixture.caseOne ? fixture.members.parentA.id : (fixture.invitees[caseId] ?? randomUUID())}`,
    handled: [200],
  }),
  // Last, as it ends the caller's session.
  'POST /api/auth/logout': () => ({ method: 'POST', path: '/api/auth/logout', handled: [204] }),
};

/** Case ids every case route is called with: both cases, an unknown one and a malformed one. */
export const caseIdsFor = (fixture: TwoCases) => [
  fixture.caseOne,
  fixture.caseTwo,
  randomUUID(),
  'not-a-case',
];
