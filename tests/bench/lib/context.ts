/** What every figure's measurement gets from the runner. */
export interface BenchContext {
  quick: boolean;
  /** How many runs a median is taken over (≥ 5 in a full run). */
  runs: number;
  /** Seconds of each autocannon load. */
  loadSeconds: number;
  distDir: string;
  log(message: string): void;
}
