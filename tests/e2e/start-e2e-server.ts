// Starts the real app for the end-to-end run: a fresh data folder, the demo family, the built PWA.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'gezien-e2e-'));
const child = spawn('npx', ['tsx', 'scripts/start.ts'], {
  stdio: 'inherit',
  env: { ...process.env, GEZIEN_DATA_DIR: dataDir, GEZIEN_DEMO: 'true', HOST: '127.0.0.1' },
});
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
