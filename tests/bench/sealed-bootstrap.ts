/**
 * The cost of the app lock on a first sync (issue 15): applies a full pull of `rows` entity rows
 * (a 5,000-row case by default) to an empty device, with the lock off and with it on (every row
 * sealed with AES-GCM inside the apply transaction), and returns the times in milliseconds. Runs
 * wherever the data layer runs: Node with fake-indexeddb (tests/bench/run-sealed-bootstrap.ts),
 * or a browser harness. Turning the lock on (PBKDF2) is not part of the time.
 */
import { deleteLocalDatabase } from '../../src/data/db/gezien-db';
import { enableLock } from '../../src/data/lock/app-lock';
import { saveMe } from '../../src/data/repos/me-repo';
import { applyChanges } from '../../src/data/sync/apply-changes';
import { aMe, anInvolvement, newId, put } from '../../src/data/testing/fixtures';
import { aDecision, aStatement } from '../../src/app/routes/decisions/decision-fixtures';

export interface BootstrapTimes {
  plainMs: number[];
  sealedMs: number[];
}

function aCase(caseId: string, rows: number) {
  const changes: unknown[] = [];
  let decisionId = newId();
  for (let i = 0; changes.length < rows; i += 1) {
    if (i % 20 === 0) {
      decisionId = newId();
      changes.push(put('decision', aDecision({ caseId, id: decisionId, title: `Besluit ${i}` })));
    } else if (i % 5 === 0) {
      changes.push(put('involvement', anInvolvement({ caseId, personName: `Persoon ${i}` })));
    } else {
      const text = `Reden ${i}: ${'Naima en Daan spraken af dat Sam om de week bij oma Ria logeert. '.repeat(3)}`;
      changes.push(put('statement', aStatement({ caseId, decisionId, text })));
    }
  }
  return changes;
}

async function once(rows: number, sealed: boolean): Promise<number> {
  await deleteLocalDatabase();
  const caseId = newId();
  await saveMe(aMe(caseId, newId()));
  if (sealed) await enableLock('482910');
  const changes = aCase(caseId, rows);
  const start = performance.now();
  await applyChanges(changes, { cursor: 'bench', lastMutationId: 0, rejections: [], replaceAll: true });
  return performance.now() - start;
}

export async function measureSealedBootstrap(rows = 5_000, runs = 5): Promise<BootstrapTimes> {
  const times: BootstrapTimes = { plainMs: [], sealedMs: [] };
  for (let run = 0; run < runs; run += 1) {
    times.plainMs.push(await once(rows, false));
    times.sealedMs.push(await once(rows, true));
  }
  await deleteLocalDatabase();
  return times;
}

export const medianOf = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
