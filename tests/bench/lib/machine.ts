import { execFileSync } from 'node:child_process';
import os from 'node:os';

const quiet = (command: string, args: string[]) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

/** One line about the machine the figures come from. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const memory = `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM`;
  const chromium = quiet(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']);
  return [
    `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'})`,
    memory,
    `${os.type()} ${os.release()}`,
    `Node ${process.version}`,
    chromium,
  ].join(', ');
}

export const currentCommit = () => quiet('git', ['rev-parse', '--short', 'HEAD']);
