// `npm run dev`: the API (tsx watch, demo on, port GEZIEN_API_PORT or 3001) and Vite's dev server,
// which proxies /api to it. Ctrl+C, or either process ending, stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

// The binaries themselves, not `npx`: a signal to npx's shell would orphan the real process.
const bin = (name: string) => path.resolve(import.meta.dirname, '..', 'node_modules', '.bin', name);
const apiPort = process.env.GEZIEN_API_PORT ?? '3001';
const children: ChildProcess[] = [];
let stopping = false;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => stop(code ?? 1));
  children.push(child);
}

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run(bin('tsx'), ['watch', 'src/server/main.ts'], {
  PORT: apiPort,
  GEZIEN_API_PORT: apiPort,
  GEZIEN_DEMO: process.env.GEZIEN_DEMO ?? '1',
});
run(bin('vite'), [], { GEZIEN_API_PORT: apiPort });
