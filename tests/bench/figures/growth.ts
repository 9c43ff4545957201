import type { BenchContext } from '../lib/context';
import type { Figure } from '../lib/results';
import { median, ratio, repeat, timed } from '../lib/stats';
import { benchDevice, type BenchDevice } from '../lib/sync-client';
import { benchUsername } from '../server/big-case';
import { spawnBenchServer, type BenchServer } from '../server/spawn-bench-server';

/**
 * Figure 7: what one device's sync costs as its case grows (500 → 5,000 → 50,000 rows) and as
 * other families fill the database (10 → 10,000 cases), on SQLite, one request at a time: a full
 * pull (new device), a pull with nothing new, and a push of one mutation; and the server's memory.
 */
export interface SyncCosts {
  size: number;
  fullPullMs: number[];
  emptyPullMs: number[];
  pushMs: number[];
  pullBytes: number;
  rss: number;
}

async function syncCosts(ctx: BenchContext, server: BenchServer, device: BenchDevice, size: number) {
  const runs = size > 10_000 ? ctx.bigRuns : ctx.runs;
  // Full pulls of 50,000 rows take seconds each: 5 of them at most.
  const fullRuns = size > 10_000 ? Math.min(runs, 5) : runs;
  let cursor = '';
  let pullBytes = 0;
  const fullPullMs = await repeat(fullRuns, () =>
    timed(async () => {
      const pulled = await device.pullAll(null);
      cursor = pulled.cursor;
      pullBytes = pulled.bytes;
    }),
  );
  const emptyPullMs = await repeat(runs, () => timed(() => device.pull(cursor)));
  const pushMs = await repeat(runs, () => timed(() => device.push(server.caseId, 1)));
  const { rss } = await server.send({ type: 'memory' });
  return { size, fullPullMs, emptyPullMs, pushMs, pullBytes, rss };
}

export async function measureCaseGrowth(ctx: BenchContext): Promise<SyncCosts[]> {
  const sizes = ctx.quick ? [200, 500] : [500, 5_000, 50_000];
  const server = await spawnBenchServer({ db: 'sqlite', caseRows: sizes[0] });
  try {
    const device = await benchDevice(server.baseUrl, benchUsername('naima'));
    const results: SyncCosts[] = [];
    for (const size of sizes) {
      ctx.log(`growth: case of ${size} rows`);
      await server.send({ type: 'grow-case', rows: size });
      results.push(await syncCosts(ctx, server, device, size));
    }
    return results;
  } finally {
    await server.stop();
  }
}

export async function measureCasesGrowth(ctx: BenchContext): Promise<SyncCosts[]> {
  const counts = ctx.quick ? [10, 50] : [10, 1_000, 10_000];
  const server = await spawnBenchServer({ db: 'sqlite', caseRows: ctx.quick ? 200 : 500, otherCases: counts[0] });
  try {
    const device = await benchDevice(server.baseUrl, benchUsername('naima'));
    const results: SyncCosts[] = [];
    for (const count of counts) {
      ctx.log(`growth: ${count} other cases`);
      await server.send({ type: 'add-cases', count });
      results.push(await syncCosts(ctx, server, device, count));
    }
    return results;
  } finally {
    await server.stop();
  }
}

const flat = { text: 'flat within ±20%' };

interface Measure {
  name: string;
  unit: Figure['unit'];
  pick: (cost: SyncCosts) => number[];
  /** The target: the same cost whatever the size. */
  flat: boolean;
}
const measures: Measure[] = [
  { name: 'push, one mutation', unit: 'ms', pick: (c) => c.pushMs, flat: true },
  { name: 'pull, nothing new', unit: 'ms', pick: (c) => c.emptyPullMs, flat: true },
  { name: 'pull, new device', unit: 'ms', pick: (c) => c.fullPullMs, flat: false },
  { name: 'server memory (RSS)', unit: 'bytes', pick: (c) => [c.rss], flat: false },
];

/** Each measure at each size, compared with the same measure at the first size. */
export function growthFigures(section: string, what: (size: number) => string, costs: SyncCosts[]): Figure[] {
  const first = costs[0];
  if (!first) return [];
  return costs.flatMap((cost) =>
    measures.map((measure): Figure => {
      const runs = measure.pick(cost);
      const ours = median(runs);
      const figure: Figure = {
        section,
        name: `${measure.name}, ${what(cost.size)}`,
        unit: measure.unit,
        ours,
        runs,
      };
      if (cost === first) return figure;
      const theirs = median(measure.pick(first));
      const r = ratio(ours, theirs);
      return {
        ...figure,
        comparison: { label: `at ${what(first.size)}`, value: theirs },
        ratio: r,
        ...(measure.flat ? { target: { ...flat, met: r >= 0.8 && r <= 1.2 } } : {}),
      };
    }),
  );
}
