import type { Browser, Page } from '@playwright/test';
import { newDevice } from '../lib/browser';
import type { BenchContext } from '../lib/context';
import { repeat, repeatWithin } from '../lib/stats';
import { perspectiveAdd } from '../lib/sync-client';
import { BENCH_PASSWORD, benchUsername } from '../server/big-case';
import type { BenchServer } from '../server/spawn-bench-server';

/**
 * Figure 3 and Gezien's side of figure 6, in Chromium: a new device logs in to the big case and
 * pulls it into IndexedDB (from the first pull request to the moment every row is stored), with
 * the bytes of the pull responses; then that device sends its offline writes as the outbox does
 * (batches of 50), from the page.
 */
const OUTBOX_BATCH = 50;

export interface DeviceSync {
  bootstrapMs: number[];
  bootstrapBytes: number;
  pullRequests: number;
  pushMs: number[];
}

/** In the page: waits until IndexedDB holds `expected` rows, then reports the pulls' timing. */
const waitForRows = (expected: number) => `(async () => {
  const stores = ['case', 'member', 'involvement', 'decision', 'statement', 'perspective', 'reply', 'event'];
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const count = async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'gezien')) return 0;
    const db = await request(indexedDB.open('gezien'));
    try {
      const present = stores.filter((s) => db.objectStoreNames.contains(s));
      if (present.length === 0) return 0;
      const tx = db.transaction(present, 'readonly');
      const counts = await Promise.all(present.map((s) => request(tx.objectStore(s).count())));
      return counts.reduce((a, b) => a + b, 0);
    } finally { db.close(); }
  };
  while ((await count()) < ${expected}) await new Promise((r) => setTimeout(r, 50));
  const done = performance.now();
  const pulls = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/sync/pull'));
  return { ms: done - pulls[0].startTime, bytes: pulls.reduce((s, e) => s + e.transferSize, 0), requests: pulls.length };
})()`;

async function bootstrapOnce(page: Page, expected: number) {
  await page.addInitScript({ content: 'performance.setResourceTimingBufferSize(100000);' });
  await page.goto('/login');
  await page.getByLabel('Gebruikersnaam').fill(benchUsername('naima'));
  await page.getByLabel('Wachtwoord', { exact: true }).fill(BENCH_PASSWORD);
  const stored = page.evaluate(waitForRows(expected)) as Promise<{ ms: number; bytes: number; requests: number }>;
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  return stored;
}

/** In the page: pushes the mutations in outbox-sized batches under a new client id. */
const pushAll = (caseId: string, writes: number) => {
  const mutations = Array.from({ length: writes }, (_, i) => perspectiveAdd(i + 1, caseId));
  return `(async () => {
    const mutations = ${JSON.stringify(mutations)};
    const clientId = 'bench-push-' + Math.random().toString(36).slice(2, 10);
    const start = performance.now();
    for (let i = 0; i < mutations.length; i += ${OUTBOX_BATCH}) {
      const response = await fetch('/api/sync/push', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'gezien' },
        body: JSON.stringify({ protocolVersion: 1, clientId, mutations: mutations.slice(i, i + ${OUTBOX_BATCH}) }),
      });
      if (!response.ok) throw new Error('push ' + response.status);
      const { lastMutationId } = await response.json();
      if (lastMutationId !== Math.min(i + ${OUTBOX_BATCH}, mutations.length)) throw new Error('push stopped at ' + lastMutationId);
    }
    return performance.now() - start;
  })()`;
};

export async function measureDeviceSync(
  ctx: BenchContext,
  browser: Browser,
  server: BenchServer,
  expectedRows: number,
): Promise<DeviceSync> {
  let bootstrapBytes = 0;
  let pullRequests = 0;
  let lastPage: Page | undefined;
  const bootstrapMs = await repeat(ctx.runs, async () => {
    await lastPage?.context().close();
    lastPage = await (await newDevice(browser, server.baseUrl)).newPage();
    const stored = await bootstrapOnce(lastPage, expectedRows);
    bootstrapBytes = stored.bytes;
    pullRequests = stored.requests;
    return stored.ms;
  });
  ctx.log(`device sync: ${ctx.offlineWrites} writes pushed`);
  const page = lastPage!;
  // On an engine whose push cost grows with the case, one run takes minutes: then one run it is.
  const pushMs = await repeatWithin(ctx.runs, 1, 90_000, async () =>
    (await page.evaluate(pushAll(server.caseId, ctx.offlineWrites))) as number,
  );
  await page.context().close();
  return { bootstrapMs, bootstrapBytes, pullRequests, pushMs };
}
