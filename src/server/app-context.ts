import type { Config } from './config';
import type { Storage } from './storage/storage';

/** What every route needs, handed to route plugins explicitly (no decorators, no globals). */
export interface AppContext {
  config: Config;
  storage: Storage;
  /** HMAC key for sync cursors, shared by every process on the database (server_secrets). */
  cursorKey: Buffer;
}
