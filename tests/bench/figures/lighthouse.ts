import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromiumArgs, chromiumPath } from '../lib/browser';
import type { BenchContext } from '../lib/context';
import { peerFile } from '../lib/peer';
import { repeatWithin } from '../lib/stats';

/**
 * Figure 2's Lighthouse scores: Lighthouse 12.2.3 (the bench-only package; 13 needs Node 22) with
 * its default mobile settings (simulated slow 4G, 4× CPU) on the login screen, the first screen
 * of a first visit, in Debian's Chromium. Scores 0–100 per run.
 */
export interface LighthouseScores {
  performance: number[];
  /** Why performance has no score (Lighthouse 12.2.3 cannot read the trace of a newer Chromium). */
  performanceError?: string;
  accessibility: number[];
  bestPractices: number[];
}

const run = promisify(execFile);

async function audit(url: string, categories: string[]): Promise<Record<string, number>> {
  const cli = peerFile('lighthouse', 'cli/index.js');
  const flags = ['--headless=new', ...chromiumArgs].join(' ');
  const { stdout } = await run(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      '--output-path=stdout',
      `--only-categories=${categories.join(',')}`,
      `--chrome-path=${chromiumPath()}`,
      `--chrome-flags=${flags}`,
    ],
    { maxBuffer: 256 * 1024 * 1024, timeout: 180_000 },
  ).catch((error: { stderr?: string; message: string }) => {
    const reason = /Runtime error encountered: (.*)/.exec(error.stderr ?? '')?.[1] ?? error.message;
    throw new Error(`Lighthouse: ${reason.split('\n')[0]}`);
  });
  const result = JSON.parse(stdout) as { categories: Record<string, { score: number | null }> };
  return Object.fromEntries(categories.map((name) => [name, Math.round((result.categories[name]?.score ?? NaN) * 100)]));
}

export async function measureLighthouse(ctx: BenchContext, baseUrl: string): Promise<LighthouseScores> {
  const url = `${baseUrl}/login`;
  // Accessibility and best practices need no trace: they are measured apart from performance, so
  // a trace Lighthouse cannot read costs one figure, not three.
  const runs = await repeatWithin(ctx.runs, Math.min(3, ctx.runs), 120_000, () =>
    audit(url, ['accessibility', 'best-practices']),
  );
  let performance: number[] = [];
  let performanceError: string | undefined;
  try {
    performance = await repeatWithin(ctx.runs, Math.min(3, ctx.runs), 120_000, async () =>
      (await audit(url, ['performance'])).performance!,
    );
  } catch (error) {
    performanceError = (error as Error).message;
  }
  return {
    performance,
    ...(performanceError ? { performanceError } : {}),
    accessibility: runs.map((r) => r.accessibility!),
    bestPractices: runs.map((r) => r['best-practices']!),
  };
}
