import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from '../lib/results';
import type { ClientBuild } from './build-client';

/**
 * Figure 1 from the build itself: the family's first download (index.html's entry chunk and its
 * static imports, decision 009), everything the service worker precaches, and the console's chunks.
 */
const section = '1. Download';
export const gzipSize = (file: string) => gzipSync(fs.readFileSync(file)).length;

function firstDownload({ manifest }: ClientBuild) {
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('no entry in the build manifest');
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    const item = manifest[key]!;
    if (scripts.has(item.file)) return;
    scripts.add(item.file);
    item.css?.forEach((css) => styles.add(css));
    item.imports?.forEach(visit);
  };
  visit(entry);
  return { scripts: [...scripts], styles: [...styles] };
}

/** The files the service worker precaches, read from the manifest injected into sw.js. */
export function precachedFiles(outDir: string): string[] {
  const sw = fs.readFileSync(path.join(outDir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)].map((match) => match[1]!);
  return [...new Set(urls)].filter((url) => fs.existsSync(path.join(outDir, url)));
}

export function downloadFigures(clientBuild: ClientBuild): Figure[] {
  const { outDir, chunks } = clientBuild;
  const sum = (files: string[], size: (file: string) => number) =>
    files.reduce((total, file) => total + size(path.join(outDir, file)), 0);
  const { scripts, styles } = firstDownload(clientBuild);
  const precache = precachedFiles(outDir);
  const isConsole = (chunk: ClientBuild['chunks'][number]) =>
    chunk.moduleIds.some((id) => id.replaceAll('\\', '/').includes('/src/app/pro/'));
  const consoleFiles = chunks.filter(isConsole).map((chunk) => chunk.fileName);
  const leaked = consoleFiles.filter((file) => scripts.includes(file));
  const firstJs = sum(scripts, gzipSize);
  return [
    {
      section,
      name: 'Family JS, first download (gzip)',
      unit: 'bytes',
      ours: firstJs,
      target: { text: '≤ 200 KB', met: firstJs <= 200 * 1024 },
      note: `${scripts.length} files: the entry and its static imports; CSS adds ${(sum(styles, gzipSize) / 1024).toFixed(1)} KB`,
    },
    {
      section,
      name: 'Precache, total (gzip)',
      unit: 'bytes',
      ours: sum(precache, gzipSize),
      note: `${precache.length} files, ${(sum(precache, (f) => fs.statSync(f).size) / 1024 / 1024).toFixed(2)} MB unpacked`,
    },
    {
      section,
      name: 'Console chunks (gzip)',
      unit: 'bytes',
      ours: sum(consoleFiles, gzipSize),
      target: { text: 'not in the first download', met: leaked.length === 0 },
      note: `${consoleFiles.length} chunks holding src/app/pro modules`,
    },
  ];
}
