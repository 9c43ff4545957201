import { EventEmitter } from 'node:events';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from './database-schema';

/**
 * Who should be poked after a case changed: the case and the members whose view of it changed.
 * Only server processes ever see this; clients get a bare `poke` (DESIGN.md §4, Triggers).
 * `caseId: '*'` means "anything may have changed" (sent after the feed lost its connection).
 */
export interface CaseChange {
  caseId: string;
  memberIds: string[];
  /** Who wrote, so push notices skip the writer (push-notifier.ts). */
  byUserId?: string;
}

export interface CaseChangeFeed {
  notify(change: CaseChange): Promise<void>;
  /**
   * Calls `onChange` for every change from any process on the database. Resolves, once listening
   * is in place, to the unsubscribe function.
   */
  listen(onChange: (change: CaseChange) => void): Promise<() => void>;
  close(): Promise<void>;
}

/** SQLite has one process: an in-process event bus is the whole feed. */
export function createInProcessFeed(): CaseChangeFeed {
  const bus = new EventEmitter().setMaxListeners(0);
  return {
    async notify(change) {
      bus.emit('change', change);
    },
    async listen(onChange) {
      bus.on('change', onChange);
      return () => bus.off('change', onChange);
    },
    async close() {
      bus.removeAllListeners();
    },
  };
}

const CHANNEL = 'gezien_case_changed';
const RECONNECT_MS = 1_000;

/**
 * PostgreSQL: NOTIFY through the pool, LISTEN on one dedicated connection per process, so every API
 * process on the database pokes its own SSE clients. The listening connection opens with the first
 * listener and reconnects after a loss; notifications missed meanwhile become one `'*'` change.
 */
export function createPostgresFeed(db: Kysely<Database>, databaseUrl: string): CaseChangeFeed {
  const local = createInProcessFeed();
  let client: pg.Client | undefined;
  let connecting: Promise<void> | undefined;
  let listeners = 0;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (afterLoss: boolean): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    const retry = () => {
      if (client === next) client = undefined;
      next.end().catch(() => {});
      if (!closed && listeners > 0 && !timer) {
        timer = setTimeout(() => {
          timer = undefined;
          connecting = connect(true);
        }, RECONNECT_MS);
      }
    };
    next.on('error', retry);
    next.on('end', retry);
    next.on('notification', (message) => {
      try {
        void local.notify(JSON.parse(message.payload ?? '') as CaseChange);
      } catch {
        // Not ours: ignore.
      }
    });
    try {
      client = next;
      await next.connect();
      await next.query(`listen ${CHANNEL}`);
      if (afterLoss) void local.notify({ caseId: '*', memberIds: [] });
    } catch {
      retry();
    }
  };

  return {
    async notify(change) {
      await sql`select pg_notify(${CHANNEL}, ${JSON.stringify(change)})`.execute(db);
    },
    async listen(onChange) {
      listeners += 1;
      if (!client && !timer) connecting = connect(false);
      const off = await local.listen(onChange);
      await connecting;
      return () => {
        listeners -= 1;
        off();
      };
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await client?.end().catch(() => {});
      await local.close();
    },
  };
}
