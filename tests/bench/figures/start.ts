import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { buildDemoFamily, demoIds } from '../../../src/server/demo/demo-family';
import { todayInNetherlands } from '../../../src/server/today';
import { logIn, newDevice, slow4g, throttle, waitForOfflineReady } from '../lib/browser';
import type { BenchContext } from '../lib/context';
import { repeat } from '../lib/stats';
import type { BenchServer } from '../server/spawn-bench-server';
import { gzipSize } from './download';

/**
 * Figure 2 in Chromium at 4× CPU slowdown, with the demo family: Naima opening the app again with
 * the network off (navigation → her contact person's name on Mijn overzicht, read from the device),
 * and a first visit of the login screen over slow 4G (Largest Contentful Paint). Also which
 * scripts the repeat visit ran before its first content, for figure 1.
 */
export interface StartTimes {
  offlineRepeatMs: number[];
  firstVisitLcpMs: number[];
  /** Gzip bytes of the scripts the repeat visit fetched before its first content. */
  repeatScriptsGzip: number;
  repeatScripts: string[];
}

/** The first case content Naima's home shows: the name of her contact person at the GI. */
export const firstContentMarker = () =>
  buildDemoFamily(todayInNetherlands()).involvements.find((i) => i.id === demoIds.involvements.giNow)!.personName!;

/**
 * In the page, from its first script on: the time the marker first shows, after the next frame.
 * A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
 */
const watchForText = (marker: string) => `(() => {
  const marker = ${JSON.stringify(marker)};
  const observer = new MutationObserver(() => {
    if (window.benchFirstContent !== undefined || !document.body?.textContent?.includes(marker)) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.benchFirstContent = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function firstContentAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { benchFirstContent?: number }).benchFirstContent,
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

async function scriptsBefore(page: Page, time: number): Promise<string[]> {
  return page.evaluate(
    (before) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < before && new URL(e.name).pathname.endsWith('.js'))
        .map((e) => new URL(e.name).pathname),
    time,
  );
}

async function lcpOfFirstVisit(browser: Browser, baseUrl: string): Promise<number> {
  const context = await newDevice(browser, baseUrl);
  try {
    const page = await context.newPage();
    await throttle(page, 4, slow4g);
    await page.goto('/login', { waitUntil: 'load', timeout: 120_000 });
    await page.getByRole('button', { name: 'Inloggen', exact: true }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1_000);
    return await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({
            type: 'largest-contentful-paint',
            buffered: true,
          });
        }),
    );
  } finally {
    await context.close();
  }
}

export async function measureStart(ctx: BenchContext, browser: Browser, server: BenchServer): Promise<StartTimes> {
  const marker = firstContentMarker();
  const context = await newDevice(browser, server.baseUrl);
  await context.addInitScript({ content: watchForText(marker) });
  const page = await context.newPage();
  await logIn(page, 'naima', 'gezien-demo');
  await waitForOfflineReady(page);
  await firstContentAt(page);
  await context.setOffline(true);
  await throttle(page, 4);
  let repeatScripts: string[] = [];
  const offlineRepeatMs = await repeat(ctx.runs, async () => {
    await page.goto('/', { waitUntil: 'commit' });
    const at = await firstContentAt(page);
    repeatScripts = await scriptsBefore(page, at);
    return at;
  });
  await context.close();
  ctx.log('start: first visits over slow 4G');
  const firstVisitLcpMs = await repeat(ctx.runs, () => lcpOfFirstVisit(browser, server.baseUrl));
  const repeatScriptsGzip = repeatScripts
    .map((script) => path.join(ctx.distDir, script))
    .filter((file) => fs.existsSync(file))
    .reduce((sum, file) => sum + gzipSize(file), 0);
  return { offlineRepeatMs, firstVisitLcpMs, repeatScriptsGzip, repeatScripts };
}
