import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The bench-only tools (autocannon, Lighthouse, PouchDB, pouchdb-server) live in their own package,
 * tests/bench/peer, with their own lockfile, so the app's `npm ci` and CI never install them. The
 * first bench run installs them with `npm ci --prefix`; later runs reuse them while the lock holds.
 */
export const peerDir = path.join(import.meta.dirname, '..', 'peer');
const installedLock = path.join(peerDir, 'node_modules', '.package-lock.json');

export function ensurePeerTools(): void {
  const lock = path.join(peerDir, 'package-lock.json');
  const fresh =
    fs.existsSync(installedLock) && fs.statSync(installedLock).mtimeMs >= fs.statSync(lock).mtimeMs;
  if (fresh) return;
  console.log('bench: installing the bench-only tools (npm ci --prefix tests/bench/peer)…');
  execFileSync('npm', ['ci', '--prefix', peerDir, '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit',
  });
}

/** `require` as seen from the peer package. */
export const peerRequire = createRequire(path.join(peerDir, 'package.json'));

/** A file inside an installed peer package, e.g. peerFile('pouchdb', 'dist/pouchdb.min.js'). */
export const peerFile = (pkg: string, file: string) =>
  path.join(path.dirname(peerRequire.resolve(`${pkg}/package.json`)), file);
