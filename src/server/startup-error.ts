import { ConfigError } from './config';
import { StorageOpenError } from './storage/open-storage';

/**
 * Start-up failures end the process with one line, `gezien: <code>: <what>`, and exit code 1:
 * the operator needs the cause, not a stack trace. Only an unexpected error also prints its stack.
 */
export function exitOnStartupError(error: unknown): never {
  const known = error instanceof ConfigError || error instanceof StorageOpenError;
  const portInUse = (error as { code?: unknown }).code === 'EADDRINUSE';
  if (known) console.error(`gezien: ${error.code}: ${error.message}`);
  else if (portInUse) console.error(`gezien: port-in-use: ${(error as Error).message}`);
  else console.error('gezien: start-failed:', error);
  process.exit(1);
}
