/**
 * `npm run bench`: the sync API's hot paths on a real server over real HTTP (SQLite by default,
 * PostgreSQL with GEZIEN_TEST_DB=postgres). Reports medians and p95 over several rounds, and the
 * incremental pull as a ratio of the full snapshot: these machines are noisy, so read trends, not
 * absolute numbers. Nothing here asserts a time.
 */
import { randomUUID } from 'node:crypto';
import { demoIds } from '../../src/server/demo/demo-family';
import { PROTOCOL_VERSION } from '../../src/shared/sync/protocol';
import { createApiClient, startTestServer } from '../setup/test-server';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const median = (values: number[]) => percentile(values, 50);

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function main() {
  const server = await startTestServer();
  const naima = createApiClient(server.baseUrl);
  await naima.login('naima');
  const clientId = `bench-${randomUUID().slice(0, 8)}`;
  const pullBody = (cursor: string | null) => ({ protocolVersion: PROTOCOL_VERSION, clientId, cursor });

  const full: number[] = [];
  const incremental: number[] = [];
  const push: number[] = [];
  let mutationId = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const first = await naima.post('/api/sync/pull', pullBody(null));
    const cursor = (first.body as { cursor: string }).cursor;
    for (let i = 0; i < REQUESTS; i += 1) {
      full.push(await timed(() => naima.post('/api/sync/pull', pullBody(null))));
      incremental.push(await timed(() => naima.post('/api/sync/pull', pullBody(cursor))));
      mutationId += 1;
      const mutation = {
        id: mutationId,
        name: 'perspective.add',
        args: {
          id: randomUUID(),
          caseId: demoIds.case,
          subject: { type: 'case', id: demoIds.case },
          stance: 'story',
          text: `Bench ${mutationId}`,
          audience: 'private',
        },
      };
      push.push(
        await timed(() =>
          naima.post('/api/sync/push', {
            protocolVersion: PROTOCOL_VERSION,
            clientId,
            mutations: [mutation],
          }),
        ),
      );
    }
  }
  await server.close();

  const line = (name: string, values: number[]) =>
    `${name.padEnd(22)} median ${median(values).toFixed(1)} ms   p95 ${percentile(values, 95).toFixed(1)} ms   (n=${values.length})`;
  console.log(`database: ${server.db.kind}; ${ROUNDS} rounds × ${REQUESTS} requests`);
  console.log(line('pull, full snapshot', full));
  console.log(line('pull, nothing new', incremental));
  console.log(line('push, one mutation', push));
  console.log(`incremental / full pull (medians): ${(median(incremental) / median(full)).toFixed(2)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
