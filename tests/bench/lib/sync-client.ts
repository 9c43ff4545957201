import { randomUUID } from 'node:crypto';
import { PROTOCOL_VERSION, type MutationEnvelope } from '../../../src/shared/sync/protocol';
import { createApiClient } from '../../setup/test-server';
import { BENCH_PASSWORD } from '../server/big-case';

/** A logged-in device of the bench, talking the sync protocol over real HTTP. */
export async function benchDevice(baseUrl: string, username: string, password = BENCH_PASSWORD) {
  const api = createApiClient(baseUrl);
  const login = await api.login(username, password);
  if (login.status !== 200) throw new Error(`login of ${username} failed: ${login.status}`);
  const clientId = `bench-${randomUUID().slice(0, 8)}`;
  let lastMutationId = 0;
  const post = async (url: string, body: unknown) => {
    const response = await api.post(url, body);
    if (response.status !== 200) throw new Error(`${url}: ${response.status} ${response.text.slice(0, 200)}`);
    return response;
  };
  async function pull(cursor: string | null) {
    const response = await post('/api/sync/pull', { protocolVersion: PROTOCOL_VERSION, clientId, cursor });
    const body = response.body as { cursor: string; changes: unknown[]; rejections: unknown[]; more?: true };
    return { ...body, bytes: Buffer.byteLength(response.text) };
  }
  return {
    clientId,
    /** Cookie and CSRF headers for another HTTP client (autocannon). */
    headers: () => ({
      cookie: [...api.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      'x-requested-with': 'gezien',
      'content-type': 'application/json',
    }),
    /** One pull request: a new device's first pull is paged, so this may be one page (`more`). */
    pull,
    /** Pulls until the server has nothing more: the whole case for a new device (cursor null). */
    async pullAll(cursor: string | null) {
      const changes: unknown[] = [];
      const rejections: unknown[] = [];
      let bytes = 0;
      let requests = 0;
      for (let next = cursor; ; ) {
        const page = await pull(next);
        changes.push(...page.changes);
        rejections.push(...page.rejections);
        bytes += page.bytes;
        requests += 1;
        if (!page.more) return { cursor: page.cursor, changes, rejections, bytes, requests };
        next = page.cursor;
      }
    },
    /** Pushes new perspectives on the case, `count` in one request. */
    async push(caseId: string, count: number) {
      const mutations = Array.from({ length: count }, () => perspectiveAdd(++lastMutationId, caseId));
      await post('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, clientId, mutations });
    },
  };
}
export type BenchDevice = Awaited<ReturnType<typeof benchDevice>>;

/** A shared perspective on the case, as the family writes one. */
export const perspectiveAdd = (id: number, caseId: string): MutationEnvelope => ({
  id,
  name: 'perspective.add',
  args: {
    id: randomUUID(),
    caseId,
    subject: { type: 'case', id: caseId },
    stance: 'story',
    text: `Bericht ${id}: Sam sliep goed bij oma en ging blij naar school.`,
    audience: 'everyone',
  },
});

export const pushBody = (clientId: string, mutations: MutationEnvelope[]) =>
  JSON.stringify({ protocolVersion: PROTOCOL_VERSION, clientId, mutations });
export const pullBody = (clientId: string, cursor: string | null) =>
  JSON.stringify({ protocolVersion: PROTOCOL_VERSION, clientId, cursor });
