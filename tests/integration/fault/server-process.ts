// The real server as a child process on a fixed port and data folder, so a test can SIGKILL it
// mid-write and start it again on the same SQLite file (WAL + synchronous=FULL). The process runs
// src/server/main.ts bundled once by esbuild (the same code `tsx` runs): under tsx a start took
// 10–13 s on our loaded 2-core machines, the bundle starts in 1–2 s, so a test can kill it often.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';

/** Bundles the server next to node_modules (so its packages resolve) and returns the file. */
export async function bundleServer(): Promise<string> {
  const outfile = path.resolve('node_modules/.cache/gezien-fault', `server-${process.pid}.mjs`);
  await build({
    entryPoints: ['src/server/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3', 'pg', 'pg-native'],
    banner: {
      js: "import { createRequire as __gezienRequire } from 'node:module'; const require = __gezienRequire(import.meta.url);",
    },
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

export class ServerProcess {
  private child: ChildProcess | null = null;
  kills = 0;

  constructor(
    readonly port: number,
    private readonly dataDir: string,
    private readonly entry: string,
  ) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, [this.entry], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(this.port),
        HOST: '127.0.0.1',
        GEZIEN_DATA_DIR: this.dataDir,
        GEZIEN_DIST_DIR: `${this.dataDir}/no-dist`,
        GEZIEN_DEMO: 'true',
        GEZIEN_LOGIN_LIMIT_PER_MINUTE: '1000',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    this.child = child;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
      try {
        const health = await fetch(`http://127.0.0.1:${this.port}/api/health`);
        if (health.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`server did not start: ${stderr}`);
  }

  /** kill -9: no shutdown hook runs; whatever SQLite had not made durable is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.kills += 1;
    this.child = null;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }
}
