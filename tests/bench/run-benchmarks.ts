/**
 * `npm run bench` (or `npm run bench -- --quick` for a one-minute smoke run): what users feel and
 * what operators pay (issue 17). Writes bench/results.md (figure, ours, comparison, ratio, target)
 * and bench/results.json with every run's value; a quick run writes to bench/quick/ instead.
 * Medians of ≥ 5 runs; every comparison is measured in the same run. A figure that fails keeps its
 * row with the reason: nothing here fails a build.
 * `npm run bench -- --only=3,5,7` runs only those sections (3 also measures 6) and merges their rows
 * into the existing bench/results.md and results.json, noting the re-run above the tables.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchContext } from './lib/context';
import { currentCommit, describeMachine } from './lib/machine';
import { ensurePeerTools } from './lib/peer';
import { postgresProblem } from './lib/postgres';
import { mergeFigures, renderResults, type Figure, type Rerun, type RunInfo } from './lib/results';
import { buildClient, type ClientBuild } from './figures/build-client';
import { measureDeviceSync } from './figures/bootstrap';
import { lighthouseFigures, startFigures, syncFigures } from './figures/browser-figures';
import { downloadFigures } from './figures/download';
import { growthFigures, measureCaseGrowth, measureCasesGrowth } from './figures/growth';
import { measureLighthouse } from './figures/lighthouse';
import { limitFigure } from './figures/limit-figure';
import { measurePeerSync } from './figures/pouch';
import { measureRawInserts } from './figures/raw-insert';
import { measureServerLoad, serverLoadFigures, type ServerLoad } from './figures/server-load';
import { measureStart } from './figures/start';
import { launchChromium } from './lib/browser';
import { benchDevice } from './lib/sync-client';
import { benchUsername } from './server/big-case';
import { spawnBenchServer } from './server/spawn-bench-server';

const quick = process.argv.includes('--quick');
const outDir = path.resolve(quick ? 'bench/quick' : 'bench');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .filter(Boolean);
const wanted = (section: string) => !only || only.includes(section.split('.')[0] ?? section);
const previous = only
  ? (JSON.parse(fs.readFileSync(path.join(outDir, 'results.json'), 'utf8')) as {
      info: RunInfo;
      figures: Figure[];
      raw: Record<string, unknown>;
    })
  : undefined;
const started = performance.now();
const loadBefore = os.loadavg();
const runs = quick ? 1 : 7;
const bigRuns = Number(process.argv.find((arg) => arg.startsWith('--big-runs='))?.slice('--big-runs='.length)) || runs;
const ctx: BenchContext = {
  quick,
  runs,
  bigRuns,
  connections: quick ? 5 : 50,
  caseRows: quick ? 300 : 5_000,
  offlineWrites: quick ? 20 : 500,
  distDir: fs.mkdtempSync(path.join(os.tmpdir(), 'gezien-bench-dist-')),
  log: (message) =>
    console.log(`bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s: ${message}`),
};
const figures: Figure[] = [];
const raw: Record<string, unknown> = {};

/** Runs one measurement; a failure becomes a row that says what went wrong. */
async function step(section: string, name: string, measure: () => Promise<Figure[]>) {
  if (!wanted(section)) return;
  ctx.log(name);
  try {
    figures.push(...(await measure()));
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? String(error);
    console.error(`bench: ${name} failed:`, error);
    figures.push({ section, name, unit: 'ms', ours: Number.NaN, error: reason });
  }
  writeResults(false);
}

ensurePeerTools();
let clientBuild: ClientBuild | undefined;
await step('1. Download', 'production build', async () => {
  clientBuild = await buildClient(ctx.distDir);
  return downloadFigures(clientBuild);
});
if (!clientBuild && (wanted('2') || wanted('3'))) {
  clientBuild = await buildClient(ctx.distDir).catch((error: unknown) => {
    console.error('bench: production build failed:', error);
    return undefined;
  });
}

const browser = await launchChromium();
await step('2. Start (Chromium, 4× CPU slowdown)', 'start in Chromium', async () => {
  if (!clientBuild) throw new Error('no production build');
  const server = await spawnBenchServer({ db: 'sqlite', demo: true, distDir: ctx.distDir, caseRows: 100 });
  try {
    const start = await measureStart(ctx, browser, server);
    raw.start = start;
    return startFigures(start);
  } finally {
    await server.stop();
  }
});
await step('2. Start (Chromium, 4× CPU slowdown)', 'Lighthouse', async () => {
  if (quick) throw new Error('skipped in a quick run');
  const server = await spawnBenchServer({ db: 'sqlite', demo: true, distDir: ctx.distDir, caseRows: 100 });
  try {
    const scores = await measureLighthouse(ctx, server.baseUrl);
    raw.lighthouse = scores;
    return lighthouseFigures(scores);
  } finally {
    await server.stop();
  }
});
await step('3. Sync bootstrap (Chromium)', 'bootstrap and peer', async () => {
  if (!clientBuild) throw new Error('no production build');
  const server = await spawnBenchServer({ db: 'sqlite', distDir: ctx.distDir, caseRows: ctx.caseRows });
  try {
    const device = await benchDevice(server.baseUrl, benchUsername('naima'));
    const changes = (await device.pullAll(null)).changes as { op: string; entity: string; value: { id: string } }[];
    const rows = changes.filter((c) => c.op === 'put');
    ctx.log(`peer: ${rows.length} rows through PouchDB`);
    const peer = await measurePeerSync(
      ctx,
      browser,
      rows.map((c) => ({ ...c.value, _id: c.value.id, entity: c.entity })),
    );
    ctx.log(`device sync: ${rows.length} rows through Gezien`);
    const ours = await measureDeviceSync(ctx, browser, server, rows.length);
    raw.deviceSync = { ours, peer };
    return syncFigures(ctx.caseRows, ctx.offlineWrites, ours, peer);
  } finally {
    await server.stop();
  }
});
await browser.close();

const loads: ServerLoad[] = [];
const pgProblem = await postgresProblem();
await step(`4. Server under ${ctx.connections} concurrent clients (case of 500 rows)`, 'server load', async () => {
  loads.push(await measureServerLoad(ctx, 'sqlite'));
  if (pgProblem) throw new Error(pgProblem);
  loads.push(await measureServerLoad(ctx, 'postgres'));
  return [];
});
if (wanted('4')) {
  raw.serverLoad = loads;
  figures.push(...serverLoadFigures(loads, ctx.connections));
}

await step('5. Against the limit', 'raw inserts', async () => {
  // Without section 4 in this run, its SQLite push is measured here for the comparison.
  if (!loads.some((load) => load.db === 'sqlite')) loads.push(await measureServerLoad(ctx, 'sqlite'));
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
writeResults(true);
ctx.log(`wrote ${path.relative(process.cwd(), outDir)}/results.md`);
console.log(fs.readFileSync(path.join(outDir, 'results.md'), 'utf8'));

/** Writes results.md and results.json; after every step too, so a stopped run leaves what it measured. */
function writeResults(finished: boolean) {
  const info: RunInfo = {
    date: new Date().toISOString(),
    commit: currentCommit(),
    mode: quick ? ('quick' as const) : ('full' as const),
    machine: describeMachine(),
    loadBefore,
    loadAfter: os.loadavg(),
    durationMs: performance.now() - started,
    remarks: [
      ...(finished ? [] : ['Partial: the run was still going when these were written; later figures are missing.']),
      'The machine is shared: other engineers ran builds and tests at the same time, so absolute numbers are noisy. ' +
        'Read the ratios, which compare measurements taken in the same run.',
      `Medians of ${ctx.runs} runs unless the row says otherwise.`,
      ...(bigRuns === runs ? [] : [`At 50,000 rows: ${bigRuns} runs (--big-runs), so the run ended in time.`]),
      'KB and MB are 1,024 and 1,048,576 bytes.',
    ],
  };
  const out = previous ? mergeRun(info) : { info, figures: mergeFigures([], figures, []), raw };
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'results.md'), renderResults(out.info, out.figures));
  fs.writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
}

/** This `--only` run on top of the previous results: its sections' rows and raw values replace theirs. */
function mergeRun(info: RunInfo) {
  const sections = only ?? [];
  const remarks = [
    ...info.remarks.slice(0, -1),
    `The other sections' rows are from the run above, on commit ${previous!.info.commit}.`,
  ];
  const rerun: Rerun = { ...info, sections, remarks };
  const replaced = sections.includes('3') ? [...sections, '6'] : sections;
  return {
    info: { ...previous!.info, reruns: [...(previous!.info.reruns ?? []), rerun] },
    figures: mergeFigures(previous!.figures, figures, replaced),
    raw: { ...previous!.raw, ...raw },
  };
}
