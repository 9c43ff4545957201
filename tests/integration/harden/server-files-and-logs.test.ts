import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStorage } from '../../../src/server/storage/open-storage';

// Issue 13 row 13: the SQLite files are readable by the server's user only, and the server's own
// log never holds a full client address.
describe('the database files', () => {
  it('are created owner-only (0600), the folder 0700', async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(tmpdir(), 'gezien-mode-')), 'data');
    const storage = await openStorage({ dataDir, databaseUrl: undefined });
    try {
      await storage.ensureSecret('mode-test', () => 'x');
      const mode = (file: string) => fs.statSync(path.join(dataDir, file)).mode & 0o777;
      expect(mode('.')).toBe(0o700);
      for (const file of ['gezien.db', 'gezien.db-wal', 'gezien.db-shm'])
        expect(mode(file), file).toBe(0o600);
    } finally {
      await storage.close();
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  });
});

describe('the server log', () => {
  it('keeps a client address cut to its network, never the full address', async () => {
    const dataDir = fs.mkdtempSync(path.join(tmpdir(), 'gezien-log-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        GEZIEN_DEMO: '1',
        PORT: '0',
        DATABASE_URL: '',
        GEZIEN_DATA_DIR: dataDir,
      },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      const port = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start: ${stdout}`)), 50_000);
        child.stdout.on('data', () => {
          const found = /running on http:\/\/localhost:(\d+)/.exec(stdout);
          if (found) {
            clearTimeout(timer);
            resolve(found[1]!);
          }
        });
      });
      expect((await fetch(`http://127.0.0.1:${port}/api/health?probe=1`)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const requestLines = stdout.split('\n').filter((line) => line.includes('"remoteAddress"'));
      expect(requestLines.length).toBeGreaterThan(0);
      for (const line of requestLines) {
        expect(line).toContain('"remoteAddress":"127.0.0.0"');
        expect(line).not.toContain('"remoteAddress":"127.0.0.1"');
        expect(line).not.toContain('probe=1');
      }
    } finally {
      child.kill('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
