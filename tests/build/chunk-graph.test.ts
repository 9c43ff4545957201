import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The chunk graph of the real production build (decision 009): the professional console must never
 * be part of what a family downloads first, and that first download must not grow unnoticed.
 * "First download" = the entry chunk of index.html, every chunk it imports statically, and their
 * CSS: what the browser fetches before the first page shows. Lazy pages and translations are not.
 */

// Measured on 2 December 2026 on main at 5fad056, the console not merged yet: `vite build --manifest`,
// then the JS and CSS files above, each gzipped with Node's zlib defaults (level 6), summed. (On main at
// 8a5fe91, before the push and install work, it was 170,406.) Raise it only on purpose, with the
// reason in the commit.
// Measured the same way on 2 December 2026: main at ec96a60 181,181 (already over the 176,821 guard);
// wp-harden merged with it 181,870 (+689: the failed-login notice, the person-activity tracker, the
// shared bidi and e-mail checks; issue 13).
const BASELINE_GZIP_BYTES = 181_870;
const ALLOWED_GROWTH_BYTES = 2 * 1024;

type Chunk = Rollup.OutputChunk;
interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

let outDir: string;
let chunks: Chunk[];
let manifest: Record<string, ManifestEntry>;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'gezien-build-'));
  // Vitest runs with NODE_ENV=test, which would build React's development files: build as `npm run build` does.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const result = await build({
    root: process.cwd(),
    mode: 'production',
    logLevel: 'silent',
    // vite.config.ts's own sourcemap setting: the last test checks there are none (issue 13 row 17).
    build: { outDir, manifest: true, emptyOutDir: true },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  // The first output is the app; the service worker is built separately by the PWA plugin.
  chunks = outputs[0]!.output.filter((item): item is Chunk => item.type === 'chunk');
  manifest = JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'));
}, 300_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The files of the first download, from Vite's build manifest: index.html's static imports, recursively. */
function firstDownload(): { scripts: string[]; styles: string[] } {
  const entry = Object.entries(manifest).find(([, value]) => value.isEntry);
  if (!entry) throw new Error('no entry in the build manifest');
  const seen = new Set<string>();
  const scripts: string[] = [];
  const styles = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const item = manifest[key]!;
    scripts.push(item.file);
    for (const css of item.css ?? []) styles.add(css);
    for (const next of item.imports ?? []) visit(next);
  };
  visit(entry[0]);
  return { scripts, styles: [...styles] };
}

const isConsoleModule = (id: string) => id.replaceAll('\\', '/').includes('/src/app/pro/');

describe('the family’s first download', () => {
  it('holds no module of the professional console', () => {
    const { scripts } = firstDownload();
    const first = chunks.filter((chunk) => scripts.includes(chunk.fileName));
    expect(first).toHaveLength(scripts.length);
    const leaked = first.flatMap((chunk) => chunk.moduleIds.filter(isConsoleModule));
    expect(leaked).toEqual([]);
    // The console is in the build, behind a dynamic import: this test would notice if it were not.
    expect(chunks.some((chunk) => chunk.moduleIds.some(isConsoleModule))).toBe(true);
    const proApp = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/app/pro/pro-app.tsx'));
    expect(proApp?.isDynamicEntry).toBe(true);
  });

  it('did not grow by more than 2 KB gzip over the recorded baseline', () => {
    const { scripts, styles } = firstDownload();
    const gzipBytes = [...scripts, ...styles].reduce(
      (sum, file) => sum + gzipSync(readFileSync(path.join(outDir, file))).length,
      0,
    );
    console.info(`first download: ${gzipBytes} bytes gzip (baseline ${BASELINE_GZIP_BYTES})`);
    expect(gzipBytes).toBeLessThanOrEqual(BASELINE_GZIP_BYTES + ALLOWED_GROWTH_BYTES);
  });
});

describe('the production build', () => {
  it('serves no source maps: no .map file and no sourceMappingURL in any script', () => {
    const files = readdirSync(outDir, { recursive: true }).map(String);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      expect(readFileSync(path.join(outDir, file), 'utf8'), file).not.toContain('sourceMappingURL');
    }
  });
});
