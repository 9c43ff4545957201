import { randomUUID } from 'node:crypto';
import { runLoad, type LoadResult } from '../lib/autocannon';
import type { BenchContext } from '../lib/context';
import type { Figure } from '../lib/results';
import { ratio } from '../lib/stats';
import { benchDevice, perspectiveAdd, pullBody, pushBody } from '../lib/sync-client';
import { benchUsername } from '../server/big-case';
import { spawnBenchServer } from '../server/spawn-bench-server';

/**
 * Figure 4: the sync API under 50 concurrent clients (10 in a quick run; autocannon), on SQLite and on PostgreSQL, on
 * a case of 500 rows: pulls with nothing new (what every open app does on each poke) and pushes of
 * 10 new perspectives per request (a phone coming back online). Each load is a fixed number of
 * requests: 20 pulls or 2 pushes per client.
 */
export const PUSH_BATCH = 10;
const CASE_ROWS = 500;

export interface ServerLoad {
  db: 'sqlite' | 'postgres';
  pull: LoadResult;
  push: LoadResult;
}

export async function measureServerLoad(ctx: BenchContext, db: 'sqlite' | 'postgres'): Promise<ServerLoad> {
  const server = await spawnBenchServer({ db, caseRows: CASE_ROWS });
  try {
    const device = await benchDevice(server.baseUrl, benchUsername('naima'));
    const { cursor } = await device.pullAll(null);
    await device.push(server.caseId, PUSH_BATCH);
    const check = await device.pullAll(cursor);
    if (check.rejections.length > 0) throw new Error(`push rejected: ${JSON.stringify(check.rejections)}`);
    const { cursor: latest } = await device.pullAll(null);
    ctx.log(`server load on ${db}: pull`);
    const pull = await runLoad({
      url: `${server.baseUrl}/api/sync/pull`,
      connections: ctx.connections,
      amount: ctx.connections * (ctx.quick ? 2 : 20),
      method: 'POST',
      headers: device.headers(),
      body: pullBody(device.clientId, latest),
    });
    ctx.log(`server load on ${db}: push`);
    const push = await runLoad({
      url: `${server.baseUrl}/api/sync/push`,
      connections: ctx.connections,
      amount: ctx.connections * (ctx.quick ? 1 : 2),
      method: 'POST',
      headers: device.headers(),
      makeBody(context) {
        context.clientId ??= `load-${randomUUID().slice(0, 12)}`;
        const first = ((context.next as number | undefined) ?? 0) + 1;
        context.next = first + PUSH_BATCH - 1;
        const mutations = Array.from({ length: PUSH_BATCH }, (_, i) =>
          perspectiveAdd(first + i, server.caseId),
        );
        return pushBody(context.clientId as string, mutations);
      },
    });
    return { db, pull, push };
  } finally {
    await server.stop();
  }
}

const samples = (r: LoadResult) => `${r.statistic} of ${r.perSecond.length} one-second samples`;
const dbName = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export function serverLoadFigures(loads: ServerLoad[], connections: number): Figure[] {
  const section = `4. Server under ${connections} concurrent clients (case of 500 rows)`;
  const sqlite = loads.find((load) => load.db === 'sqlite');
  const figures: Figure[] = [];
  for (const load of loads) {
    const vs = load.db === 'postgres' && sqlite ? sqlite : undefined;
    const errors = (r: LoadResult) =>
      r.non2xx + r.errors > 0 ? `; ${r.non2xx} non-2xx, ${r.errors} errors of ${r.total}` : '';
    const add = (
      name: string,
      unit: Figure['unit'],
      ours: number,
      theirs: number | undefined,
      note: string,
    ) =>
      figures.push({
        section,
        name: `${dbName[load.db]}: ${name}`,
        unit,
        ours,
        ...(theirs === undefined
          ? {}
          : { comparison: { label: 'SQLite', value: theirs }, ratio: ratio(ours, theirs) }),
        note,
      });
    const pullNote = `${samples(load.pull)}${errors(load.pull)}`;
    add('pull, nothing new', 'req/s', load.pull.requestsPerSecond, vs?.pull.requestsPerSecond, pullNote);
    add('pull latency p50', 'ms', load.pull.latencyP50, vs?.pull.latencyP50, 'all requests');
    add('pull latency p99', 'ms', load.pull.latencyP99, vs?.pull.latencyP99, 'all requests');
    const pushNote = `${PUSH_BATCH} per request, ${samples(load.push)}${errors(load.push)}`;
    add(
      'push',
      'mut/s',
      load.push.requestsPerSecond * PUSH_BATCH,
      vs && vs.push.requestsPerSecond * PUSH_BATCH,
      pushNote,
    );
    add('push latency p50', 'ms', load.push.latencyP50, vs?.push.latencyP50, `per request of ${PUSH_BATCH}`);
    add('push latency p99', 'ms', load.push.latencyP99, vs?.push.latencyP99, `per request of ${PUSH_BATCH}`);
  }
  return figures;
}
