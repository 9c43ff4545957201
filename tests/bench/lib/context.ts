/** What every figure's measurement gets from the runner. */
export interface BenchContext {
  quick: boolean;
  /** How many runs a median is taken over (≥ 5 in a full run). */
  runs: number;
  /** Runs at the 50,000-row growth step (`--big-runs=N` to finish in time; else `runs`). */
  bigRuns: number;
  /** Concurrent clients of the server loads (50 in a full run). */
  connections: number;
  distDir: string;
  /** Rows of the case a new device pulls (figures 3 and 6). */
  caseRows: number;
  /** Writes made offline and then pushed (figure 6). */
  offlineWrites: number;
  log(message: string): void;
}
