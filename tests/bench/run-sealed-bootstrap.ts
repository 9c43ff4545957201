/** `npx tsx tests/bench/run-sealed-bootstrap.ts [rows] [runs]`: see sealed-bootstrap.ts. */
import 'fake-indexeddb/auto';
import { measureSealedBootstrap, medianOf } from './sealed-bootstrap';

const rows = Number(process.argv[2] ?? 5_000);
const runs = Number(process.argv[3] ?? 5);
const { plainMs, sealedMs } = await measureSealedBootstrap(rows, runs);
const plain = medianOf(plainMs);
const sealed = medianOf(sealedMs);
console.log(`bootstrap of ${rows} rows, median of ${runs} runs (Node, fake-indexeddb):`);
console.log(`  lock off: ${plain.toFixed(0)} ms   runs: ${plainMs.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`  lock on:  ${sealed.toFixed(0)} ms   runs: ${sealedMs.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`  cost of sealing: ${(sealed - plain).toFixed(0)} ms (${(sealed / plain).toFixed(2)}×)`);
