// `npm start`: builds the client if the build is missing or older than its sources, then runs the
// server with the demo on (unless NODE_ENV=production or GEZIEN_DEMO says otherwise).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const clientSources = [
  'src/app',
  'src/data',
  'src/sw',
  'src/shared',
  'locales',
  'public',
  'index.html',
  'vite.config.ts',
];

function newestChange(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((newest, entry) => Math.max(newest, newestChange(path.join(target, entry))), stat.mtimeMs);
}

const builtIndex = path.join(root, 'dist', 'index.html');
const builtAt = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
const sourcesAt = Math.max(...clientSources.map((source) => newestChange(path.join(root, source))));
if (builtAt < sourcesAt) {
  console.log(builtAt ? 'The client changed: building it again…' : 'Building the client…');
  const build = spawnSync(path.join(root, 'node_modules', '.bin', 'vite'), ['build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    // A failed build can leave a fresh index.html behind; without it the next start tries again.
    fs.rmSync(builtIndex, { force: true });
    console.error('gezien: build-failed: `vite build` did not succeed');
    process.exit(1);
  }
}

if (process.env.NODE_ENV !== 'production') process.env.GEZIEN_DEMO ??= '1';
await import('../src/server/main');
