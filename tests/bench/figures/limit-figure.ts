import type { Figure } from '../lib/results';
import { median, ratio } from '../lib/stats';
import { PUSH_BATCH, type ServerLoad } from './server-load';

/** Figure 5: our push throughput on SQLite as a share of raw inserts of the same rows. */
export function limitFigure(loads: ServerLoad[], rawRuns: number[]): Figure {
  const sqlite = loads.find((load) => load.db === 'sqlite');
  if (!sqlite) throw new Error('no SQLite push measured');
  const ours = sqlite.push.requestsPerSecond * PUSH_BATCH;
  const limit = median(rawRuns);
  return {
    section: '5. Against the limit',
    name: 'Push on SQLite vs raw better-sqlite3 inserts',
    unit: 'mut/s',
    ours,
    comparison: { label: 'raw inserts', value: limit },
    ratio: ratio(ours, limit),
    target: { text: 'closer to 1 is better: the share our layers leave' },
    note: `${PUSH_BATCH} rows per transaction on both sides`,
    runs: rawRuns,
  };
}
