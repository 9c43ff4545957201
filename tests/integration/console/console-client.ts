import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Storage } from '../../../src/server/storage/storage';
import { MATRIX_PASSWORD, usernameOf, type LoggedInActor } from '../../factories/two-cases';
import { createApiClient, type ApiClient } from '../../setup/test-server';

/**
 * For the console's integration tests: log in as an actor of tests/factories/two-cases.ts and push
 * one mutation from a fresh client id; the answer is `applied` or the stored rejection code, read
 * back through a real pull as the app would.
 */
export async function loginAs(baseUrl: string, actor: LoggedInActor | 'colleague'): Promise<ApiClient> {
  const api = createApiClient(baseUrl);
  const username = actor === 'colleague' ? 'matrix-colleague' : usernameOf(actor);
  const response = await api.login(username, MATRIX_PASSWORD);
  expect(response.status, `login ${actor}`).toBe(200);
  return api;
}

export async function pushOne(api: ApiClient, name: string, args: unknown): Promise<string> {
  const clientId = `console-${randomUUID()}`;
  const push = await api.post('/api/sync/push', {
    protocolVersion: 1,
    clientId,
    mutations: [{ id: 1, name, args }],
  });
  expect(push.status, push.text).toBe(200);
  const pull = await api.post('/api/sync/pull', { protocolVersion: 1, clientId, cursor: null });
  const { rejections } = pull.body as { rejections: { code: string }[] };
  return rejections[0]?.code ?? 'applied';
}

/** The newest access-log rows of the case written by pushes of this mutation. */
export async function logRowsOf(storage: Storage, caseId: string, mutation: string) {
  const rows = await storage.listAuditRecords({ caseId });
  return rows.filter((row) => row.basis === `mutation ${mutation}`);
}

export const memberArgs = (caseId: string, extra: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  caseId,
  role: 'parent',
  displayName: 'Naima Test',
  hasCustody: true,
  youthAllowsParentView: false,
  relation: null,
  birthDate: null,
  ...extra,
});
