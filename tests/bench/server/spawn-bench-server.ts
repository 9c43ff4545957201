import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { BenchServerOptions, ParentMessage, ReadyMessage, ServerState } from './messages';

/** A bench server process (bench-server.ts) and the means to grow its data and stop it. */
export interface BenchServer extends ReadyMessage {
  baseUrl: string;
  send(message: DistributiveOmit<ParentMessage, 'id'>): Promise<ServerState>;
  stop(): Promise<void>;
}
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

const entry = path.join(import.meta.dirname, 'bench-server.ts');
export const benchPgUrl = () =>
  process.env.GEZIEN_TEST_PG_URL ?? 'postgres://gezien:gezien@127.0.0.1:5432/gezien_test';

/** This bench's ports (BENCH_PORTS=first-last, default 3220-3229), one per server in turn. */
const [firstPort, lastPort] = (process.env.BENCH_PORTS ?? '3220-3229').split('-').map(Number) as [number, number];
let nextPort = firstPort;
const takePort = () => {
  const port = nextPort;
  nextPort = port >= lastPort ? firstPort : port + 1;
  return port;
};

export async function spawnBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const child: ChildProcess = fork(entry, [], {
    execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=2048'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      BENCH_SERVER_OPTIONS: JSON.stringify({ port: takePort(), ...options }),
      GEZIEN_TEST_DB: options.db,
      GEZIEN_TEST_PG_URL: benchPgUrl(),
    },
  });
  const waiting = new Map<number, { resolve: (state: ServerState) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  const ready = await new Promise<ReadyMessage>((resolve, reject) => {
    child.on('message', (message: { type: string; id?: number; message?: string }) => {
      if (message.type === 'ready') resolve(message as ReadyMessage);
      const pending = message.id === undefined ? undefined : waiting.get(message.id);
      if (!pending) return;
      waiting.delete(message.id!);
      if (message.type === 'error') pending.reject(new Error(message.message));
      else pending.resolve(message as unknown as ServerState);
    });
    child.once('exit', (code) => {
      const error = new Error(`bench server exited with ${code}`);
      reject(error);
      for (const pending of waiting.values()) pending.reject(error);
    });
  });
  const send: BenchServer['send'] = (message) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      child.send({ ...message, id });
    });
  return {
    ...ready,
    baseUrl: `http://127.0.0.1:${ready.port}`,
    send,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await send({ type: 'stop' }).catch(() => {});
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
