import fs from 'node:fs';
import path from 'node:path';
import { build, type Rollup } from 'vite';

/** A production build of the PWA into `outDir`, as `npm run build` makes it, with Vite's manifest. */
export interface ClientBuild {
  outDir: string;
  chunks: Rollup.OutputChunk[];
  manifest: Record<string, { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }>;
}

export async function buildClient(outDir: string): Promise<ClientBuild> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const result = await build({
    root: process.cwd(),
    mode: 'production',
    logLevel: 'silent',
    build: { outDir, manifest: true, emptyOutDir: true },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunks = outputs[0]!.output.filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'));
  return { outDir, chunks, manifest };
}
