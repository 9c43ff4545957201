import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 13 row 13: `npm run admin -- create-professional` asks for the password in a real
// terminal (a pseudo-terminal made by util-linux `script`) without echoing it.
describe('the admin password prompt', () => {
  it('does not show the typed password', async () => {
    const dataDir = fs.mkdtempSync(path.join(tmpdir(), 'gezien-admin-'));
    const password = 'Zeer-Geheim-Wachtwoord-42';
    const command = [
      process.execPath,
      '--import tsx scripts/admin.ts create-professional',
      '--email prompt.test@example.nl --name "Prompt Test" --organisation "Test GI"',
    ].join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...process.env, GEZIEN_DATA_DIR: dataDir, DATABASE_URL: '', GEZIEN_ADMIN_PASSWORD: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Password for the new login') && !output.includes('typed')) {
        output += '(typed)';
        child.stdin.write(`${password}\r`);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(output).toContain('Password for the new login');
    expect(output).not.toContain(password);
    expect(code, output).toBe(0);
  });
});
