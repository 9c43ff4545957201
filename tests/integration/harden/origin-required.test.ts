import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 13 row 10: outside demo mode the server refuses to start without GEZIEN_ORIGIN, so no
// invitation link is ever built from a request's Host header.
function startServer(env: Record<string, string>) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        PORT: '0',
        DATABASE_URL: '',
        GEZIEN_ORIGIN: '',
        GEZIEN_DATA_DIR: mkdtempSync(join(tmpdir(), 'gezien-origin-')),
        ...env,
      },
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

describe('GEZIEN_ORIGIN', () => {
  it.each([
    { NODE_ENV: 'production', GEZIEN_DEMO: '' },
    { NODE_ENV: 'development', GEZIEN_DEMO: 'false' },
  ])('is required to start with %o', async (env) => {
    const { code, stderr } = await startServer(env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^gezien: config-invalid: GEZIEN_ORIGIN is required/m);
  });
});
