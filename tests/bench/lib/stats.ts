/** The harness's arithmetic: medians of noisy runs and ratios measured in the same run. */

/** The value at percentile p (0–100) by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The median; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** ours / theirs, or NaN when either is missing or theirs is 0. */
export function ratio(ours: number, theirs: number): number {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return Number.NaN;
  return ours / theirs;
}

/** Runs fn `runs` times in a row and returns each run's value. */
export async function repeat<T>(runs: number, fn: (run: number) => Promise<T>): Promise<T[]> {
  const values: T[] = [];
  for (let run = 0; run < runs; run += 1) values.push(await fn(run));
  return values;
}

/** Milliseconds fn took. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Runs fn up to `runs` times, but stops once `budgetMs` has passed and at least `minRuns` are done:
 * a slow figure on a slow engine gets fewer runs instead of stretching the whole bench.
 */
export async function repeatWithin<T>(
  runs: number,
  minRuns: number,
  budgetMs: number,
  fn: (run: number) => Promise<T>,
  now: () => number = () => performance.now(),
): Promise<T[]> {
  const start = now();
  const values: T[] = [];
  for (let run = 0; run < runs; run += 1) {
    if (run >= minRuns && now() - start > budgetMs) break;
    values.push(await fn(run));
  }
  return values;
}
