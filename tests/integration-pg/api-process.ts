import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { TestDatabase } from '../setup/test-db';

/** Real API processes (`node --import tsx src/server/main.ts`) on one test database. */
export class ApiProcesses {
  private readonly children: ChildProcess[] = [];

  constructor(private readonly db: TestDatabase) {}

  /** Starts one process with extra environment; resolves to its base URL. */
  start(env: Record<string, string> = {}): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: this.db.target.databaseUrl,
        GEZIEN_DATA_DIR: this.db.target.dataDir,
        GEZIEN_DIST_DIR: path.join(this.db.target.dataDir, 'no-dist'),
        GEZIEN_DEMO: '0',
        // The per-address limits of issue 13 row 14 would stop a test's many clients on one address.
        GEZIEN_PULL_LIMIT_PER_MINUTE: '100000',
        GEZIEN_PASSKEY_OPTIONS_LIMIT_PER_MINUTE: '100000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.children.push(child);
    return new Promise((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const port = /running on http:\/\/[^:]+:(\d+)/.exec(output)?.[1];
        if (port) resolve(`http://127.0.0.1:${port}`);
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
    });
  }

  async stopAll(): Promise<void> {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}
