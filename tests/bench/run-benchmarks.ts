/**
 * `npm run bench` (or `npm run bench -- --quick` for a one-minute smoke run): what users feel and
 * what operators pay (issue 17). Writes bench/results.md (figure, ours, comparison, ratio, target)
 * and bench/results.json with every run's value; a quick run writes to bench/quick/ instead.
 * Medians of ≥ 5 runs; every comparison is measured in the same run. A figure that fails keeps its
 * row with the reason: nothing here fails a build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchContext } from './lib/context';
import { currentCommit, describeMachine } from './lib/machine';
import { ensurePeerTools } from './lib/peer';
import { postgresProblem } from './lib/postgres';
import { renderResults, type Figure } from './lib/results';
import { buildClient, type ClientBuild } from './figures/build-client';
import { downloadFigures } from './figures/download';
import { growthFigures, measureCaseGrowth, measureCasesGrowth } from './figures/growth';
import { limitFigure } from './figures/limit-figure';
import { measureRawInserts } from './figures/raw-insert';
import { measureServerLoad, serverLoadFigures, type ServerLoad } from './figures/server-load';

const quick = process.argv.includes('--quick');
const outDir = path.resolve(quick ? 'bench/quick' : 'bench');
const started = performance.now();
const loadBefore = os.loadavg();
const ctx: BenchContext = {
  quick,
  runs: quick ? 3 : 7,
  loadSeconds: quick ? 2 : 10,
  distDir: fs.mkdtempSync(path.join(os.tmpdir(), 'gezien-bench-dist-')),
  log: (message) =>
    console.log(`bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s: ${message}`),
};
const figures: Figure[] = [];
const raw: Record<string, unknown> = {};

/** Runs one measurement; a failure becomes a row that says what went wrong. */
async function step(section: string, name: string, measure: () => Promise<Figure[]>) {
  ctx.log(name);
  try {
    figures.push(...(await measure()));
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? String(error);
    console.error(`bench: ${name} failed:`, error);
    figures.push({ section, name, unit: 'ms', ours: Number.NaN, error: reason });
  }
}

ensurePeerTools();
let clientBuild: ClientBuild | undefined;
await step('1. Download', 'production build', async () => {
  clientBuild = await buildClient(ctx.distDir);
  return downloadFigures(clientBuild);
});

const loads: ServerLoad[] = [];
const pgProblem = await postgresProblem();
await step('4. Server under 50 concurrent clients (case of 500 rows)', 'server load', async () => {
  loads.push(await measureServerLoad(ctx, 'sqlite'));
  if (pgProblem) throw new Error(pgProblem);
  loads.push(await measureServerLoad(ctx, 'postgres'));
  return [];
});
raw.serverLoad = loads;
figures.push(...serverLoadFigures(loads));

await step('5. Against the limit', 'raw inserts', async () => {
  const rawRuns = await measureRawInserts(ctx);
  raw.rawInserts = rawRuns;
  return [limitFigure(loads, rawRuns)];
});

await step('7. Growth: one case grows (SQLite)', 'case growth', async () => {
  const costs = await measureCaseGrowth(ctx);
  raw.caseGrowth = costs;
  return growthFigures(
    '7. Growth: one case grows (SQLite)',
    (n) => `${n.toLocaleString('en-US')} rows`,
    costs,
  );
});
await step('7. Growth: other families (SQLite, case of 500 rows)', 'cases growth', async () => {
  const costs = await measureCasesGrowth(ctx);
  raw.casesGrowth = costs;
  return growthFigures(
    '7. Growth: other families (SQLite, case of 500 rows)',
    (n) => `${n.toLocaleString('en-US')} other cases`,
    costs,
  );
});

fs.rmSync(ctx.distDir, { recursive: true, force: true });
const info = {
  date: new Date().toISOString(),
  commit: currentCommit(),
  mode: quick ? ('quick' as const) : ('full' as const),
  machine: describeMachine(),
  loadBefore,
  loadAfter: os.loadavg(),
  durationMs: performance.now() - started,
  remarks: [
    'The machine is shared: other engineers ran builds and tests at the same time, so absolute numbers are noisy. ' +
      'Read the ratios, which compare measurements taken in the same run.',
    `Medians of ${ctx.runs} runs unless the row says otherwise; server loads last ${ctx.loadSeconds} s each.`,
    'KB and MB are 1,024 and 1,048,576 bytes.',
  ],
};
const sorted = [...figures].sort((a, b) => a.section.localeCompare(b.section, 'en', { numeric: true }));
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'results.md'), renderResults(info, sorted));
fs.writeFileSync(
  path.join(outDir, 'results.json'),
  `${JSON.stringify({ info, figures: sorted, raw }, null, 2)}\n`,
);
ctx.log(`wrote ${path.relative(process.cwd(), outDir)}/results.md`);
console.log(fs.readFileSync(path.join(outDir, 'results.md'), 'utf8'));
