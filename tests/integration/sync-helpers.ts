import { randomBytes, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Change } from '../../src/shared/sync/protocol';
import { demoIds } from '../../src/server/demo/demo-family';
import { createApiClient, type ApiClient } from '../setup/test-server';

/**
 * A minimal sync client for server tests: a login, a client id, a mutation counter and the rows it
 * has pulled (entity:id → value), applied exactly as the wire contract says.
 */
export interface SyncClient {
  api: ApiClient;
  clientId: string;
  rows: Map<string, unknown>;
  /** Every change this client ever received, in order. */
  received: Change[];
  cursor: string | null;
  nextMutationId: number;
  push(mutations: { name: string; args: unknown; id?: number }[]): ReturnType<ApiClient['post']>;
  mutate(name: string, args: unknown): Promise<void>;
  pull(): Promise<Change[]>;
}

export async function connectClient(baseUrl: string, username: string): Promise<SyncClient> {
  const api = createApiClient(baseUrl);
  expect((await api.login(username)).status).toBe(200);
  const client: SyncClient = {
    api,
    clientId: `test-${randomBytes(8).toString('hex')}`,
    rows: new Map(),
    received: [],
    cursor: null,
    nextMutationId: 1,
    push(mutations) {
      return api.post('/api/sync/push', {
        protocolVersion: 1,
        clientId: client.clientId,
        mutations: mutations.map((m) => ({
          id: m.id ?? client.nextMutationId++,
          name: m.name,
          args: m.args,
        })),
      });
    },
    async mutate(name, args) {
      const response = await client.push([{ name, args }]);
      expect(response.status, response.text).toBe(200);
    },
    async pull() {
      const response = await api.post('/api/sync/pull', {
        protocolVersion: 1,
        clientId: client.clientId,
        cursor: client.cursor,
      });
      expect(response.status, response.text).toBe(200);
      const body = response.body as { reset?: true; cursor: string; changes: Change[] };
      if (body.reset) {
        client.rows.clear();
        client.cursor = null;
        return client.pull();
      }
      for (const change of body.changes) {
        client.received.push(change);
        if (change.op === 'put') client.rows.set(`${change.entity}:${change.value.id}`, change.value);
        else if (change.op === 'delete') client.rows.delete(`${change.entity}:${change.id}`);
        else
          for (const key of [...client.rows.keys()])
            if (
              (client.rows.get(key) as { caseId?: string }).caseId === change.caseId ||
              key === `case:${change.caseId}`
            )
              client.rows.delete(key);
      }
      client.cursor = body.cursor;
      return body.changes;
    },
  };
  return client;
}

export const perspectiveArgs = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  caseId: demoIds.case,
  subject: { type: 'case', id: demoIds.case },
  stance: 'story',
  text: 'Mijn verhaal',
  audience: 'everyone',
  ...overrides,
});

export const statementValue = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  caseId: demoIds.case,
  decisionId: demoIds.decisions.ots,
  kind: 'observation',
  text: 'Sam comes to school on time',
  source: 'School (mentor)',
  observedOn: '2025-03-01',
  lastCheckedOn: '2025-03-01',
  status: 'current',
  hiddenFrom: [],
  ...overrides,
});

/** The ids in a list of changes, whatever their op. */
export const idsOf = (changes: Change[]) =>
  changes.map((c) => (c.op === 'put' ? c.value.id : c.op === 'delete' ? c.id : c.caseId));

/** An open poke stream (GET /api/sync/events) read as text, as an EventSource would. */
export async function openPokes(baseUrl: string, client: SyncClient) {
  const controller = new AbortController();
  const cookie = [...client.api.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(`${baseUrl}/api/sync/events`, {
    headers: { cookie },
    signal: controller.signal,
  });
  let text = '';
  const decoder = new TextDecoder();
  const reading = (async () => {
    const reader = response.body!.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      text += decoder.decode(value);
    }
  })().catch(() => {});
  const pokes = () => text.split('event: poke').length - 1;
  return {
    response,
    text: () => text,
    pokes,
    /** Waits until at least `count` pokes arrived, or `ms` passed; returns the number seen. */
    async waitForPokes(count: number, ms = 5_000) {
      const until = Date.now() + ms;
      while (pokes() < count && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
      return pokes();
    },
    async close() {
      controller.abort();
      await reading;
    },
  };
}
