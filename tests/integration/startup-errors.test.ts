import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Starts the real server process and collects how it ends. */
function startServer(env: Record<string, string>) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: '0', GEZIEN_DEMO: 'false', DATABASE_URL: '', ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('a database that cannot be opened', () => {
  it('ends the start with one clear line and a stable code, never a stack trace', async () => {
    const notAFolder = join(mkdtempSync(join(tmpdir(), 'gezien-bad-')), 'file');
    writeFileSync(notAFolder, 'this is a file, not a folder');

    const { code, stderr } = await startServer({ GEZIEN_DATA_DIR: notAFolder });

    expect(code).toBe(1);
    expect(stderr).toMatch(/^gezien: db-open-failed: /m);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says so for a PostgreSQL server that refuses the connection', async () => {
    const { code, stderr } = await startServer({ DATABASE_URL: 'postgres://nobody:wrong@127.0.0.1:1/none' });

    expect(code).toBe(1);
    expect(stderr).toMatch(/^gezien: db-open-failed: /m);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
