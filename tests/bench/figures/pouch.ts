import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { newDevice } from '../lib/browser';
import type { BenchContext } from '../lib/context';
import { peerFile } from '../lib/peer';
import { repeat } from '../lib/stats';

/**
 * The peer of figure 6, the classic offline-first stack: PouchDB 9 in the same Chromium, syncing
 * with pouchdb-server 4.2 (LevelDB on disk) run from the bench-only package. The remote holds the
 * same rows the Gezien device pulls; a new device replicates them into IndexedDB, then makes its
 * offline writes one by one and replicates them back.
 */
export interface PeerSync {
  bootstrapMs: number[];
  bootstrapBytes: number;
  docs: number;
  pushMs: number[];
}

const POUCH_PORT = Number(process.env.BENCH_POUCH_PORT ?? 3219);

async function startPouchServer(dir: string): Promise<ChildProcess> {
  const bin = peerFile('pouchdb-server', 'bin/pouchdb-server');
  const args = [bin, '-p', String(POUCH_PORT), '-d', dir, '-c', path.join(dir, 'config.json'), '-n'];
  const child = spawn(process.execPath, args, { cwd: dir, stdio: 'ignore' });
  for (let i = 0; i < 150; i += 1) {
    const up = await fetch(`http://127.0.0.1:${POUCH_PORT}/`).then((r) => r.ok, () => false);
    if (up) return child;
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error('pouchdb-server did not start');
}

async function couch(method: string, url: string, body?: unknown) {
  const response = await fetch(`http://127.0.0.1:${POUCH_PORT}${url}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`pouchdb-server ${method} ${url}: ${response.status}`);
  return response.json();
}

const bootstrapScript = `(async () => {
  const local = new PouchDB('case');
  const start = performance.now();
  await local.replicate.from(location.origin + '/case');
  const ms = performance.now() - start;
  const info = await local.info();
  const bytes = performance.getEntriesByType('resource')
    .filter((e) => e.name.includes('/case'))
    .reduce((sum, e) => sum + e.transferSize, 0);
  return { ms, docs: info.doc_count, bytes };
})()`;

const writeAndPushScript = (writes: number) => `(async () => {
  const local = new PouchDB('case');
  for (let i = 0; i < ${writes}; i += 1) {
    await local.put({ _id: crypto.randomUUID(), entity: 'perspective', stance: 'story', audience: 'everyone',
      text: 'Bericht ' + i + ': Sam sliep goed bij oma en ging blij naar school.', createdAt: new Date().toISOString() });
  }
  const start = performance.now();
  const result = await local.replicate.to(location.origin + '/case');
  if (result.docs_written !== ${writes}) throw new Error('pushed ' + result.docs_written);
  return performance.now() - start;
})()`;

export async function measurePeerSync(ctx: BenchContext, browser: Browser, rows: object[]): Promise<PeerSync> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gezien-bench-pouch-'));
  const server = await startPouchServer(dir);
  try {
    await couch('PUT', '/case');
    for (let i = 0; i < rows.length; i += 1_000) await couch('POST', '/case/_bulk_docs', { docs: rows.slice(i, i + 1_000) });
    const origin = `http://127.0.0.1:${POUCH_PORT}`;
    const pouchScript = fs.readFileSync(peerFile('pouchdb', 'dist/pouchdb.min.js'), 'utf8');
    let bootstrapBytes = 0;
    let docs = 0;
    let lastContext: Awaited<ReturnType<typeof newDevice>> | undefined;
    const openPage = async () => {
      await lastContext?.close();
      lastContext = await newDevice(browser, origin);
      const page = await lastContext.newPage();
      await page.addInitScript({ content: 'performance.setResourceTimingBufferSize(100000);' });
      await page.route(`${origin}/bench.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>peer</title><script src="/pouchdb.js"></script>' }),
      );
      await page.route(`${origin}/pouchdb.js`, (route) =>
        route.fulfill({ contentType: 'text/javascript', body: pouchScript }),
      );
      await page.goto('/bench.html');
      return page;
    };
    // Each run is a new device: it replicates the case in, writes offline, replicates the writes out.
    const bootstrapMs: number[] = [];
    const pushMs: number[] = [];
    await repeat(ctx.runs, async () => {
      const page = await openPage();
      const result = (await page.evaluate(bootstrapScript)) as { ms: number; docs: number; bytes: number };
      bootstrapMs.push(result.ms);
      bootstrapBytes = result.bytes;
      docs = result.docs;
      pushMs.push((await page.evaluate(writeAndPushScript(ctx.offlineWrites))) as number);
    });
    await lastContext?.close();
    return { bootstrapMs, bootstrapBytes, docs, pushMs };
  } finally {
    server.kill();
    await new Promise((resolve) => setTimeout(resolve, 500));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
