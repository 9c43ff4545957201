import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchDevice } from '../bench/lib/sync-client';
import { benchUsername } from '../bench/server/big-case';
import { spawnBenchServer, type BenchServer } from '../bench/server/spawn-bench-server';

// A smoke run of the bench's moving parts (issue 17: benchmarks never fail CI, but the harness must
// run): its own server process with a grown case, a device that pages through the first pull, a
// push, and the server growing the case and reporting its memory. No timings are asserted.
let server: BenchServer;

beforeAll(async () => {
  server = await spawnBenchServer({ db: 'sqlite', caseRows: 700 });
}, 60_000);
afterAll(() => server?.stop());

describe('the bench harness', () => {
  it('pulls a grown case in pages, pushes to it and grows it', async () => {
    const device = await benchDevice(server.baseUrl, benchUsername('naima'));
    const first = await device.pullAll(null);
    expect(first.requests).toBeGreaterThan(1);
    expect(first.changes.length).toBeGreaterThanOrEqual(server.rows - 50);

    await device.push(server.caseId, 10);
    const after = await device.pullAll(first.cursor);
    expect(after.rejections).toEqual([]);
    expect(after.changes).toHaveLength(10);

    const grown = await server.send({ type: 'grow-case', rows: 1_000 });
    expect(grown.rows).toBeGreaterThanOrEqual(1_000);
    expect(grown.rss).toBeGreaterThan(0);
  });
});
