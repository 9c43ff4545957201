// Dexie DBCore middleware that seals case rows at rest while the app lock is on (SECURITY.md D3,
// decision 011). It sits closest to IndexedDB, so repos, the sync engine and Dexie's own caches above
// it only ever see plain rows. A sealed row keeps in the clear only the fields IndexedDB indexes
// (ids, case id and two dates, listed in decision 011); the whole row is in the AES-GCM ciphertext.
// Every table is sealed except those in PLAIN_TABLES (the lock's own settings and wrapped key).
import {
  Dexie,
  type DBCore,
  type DBCoreCursor,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type Middleware,
} from 'dexie';
import { keepTransactionAlive } from './keep-transaction-alive';
import { isSealedRow, openValue, SEALED, sealValue } from './row-crypto';
import { LockedError, rowKeyState } from './row-key';

export const PLAIN_TABLES: ReadonlySet<string> = new Set(['vault']);

/** Called when a sealed row does not open (changed on disk): the row then reads as absent. */
export type OnDamagedRow = (table: string) => void;

export function rowSealingMiddleware(onDamaged: OnDamagedRow): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'row-sealing',
    // Below Dexie's own middlewares (-1 .. 2): they see plain rows.
    level: -5,
    create: (down) => ({
      ...down,
      table: (name) =>
        PLAIN_TABLES.has(name) ? down.table(name) : sealingTable(down.table(name), onDamaged),
    }),
  };
}

const keyPathsOf = (table: DBCoreTable): string[] =>
  [table.schema.primaryKey, ...table.schema.indexes]
    .flatMap((index) => [index.keyPath ?? []].flat())
    .filter((path): path is string => typeof path === 'string');

function sealingTable(table: DBCoreTable, onDamaged: OnDamagedRow): DBCoreTable {
  const name = table.name;
  const keyPaths = keyPathsOf(table);
  const primaryKeyPath = table.schema.primaryKey.keyPath ?? '';
  const primaryKeyOf = (row: object): unknown => Dexie.getByKeyPath(row, primaryKeyPath);

  async function seal(key: CryptoKey, value: object): Promise<object> {
    const row: Record<string, unknown> = {};
    for (const path of keyPaths) {
      const field: unknown = Dexie.getByKeyPath(value, path);
      if (field !== undefined) Dexie.setByKeyPath(row, path, field);
    }
    row[SEALED] = await sealValue(key, name, primaryKeyOf(value), value);
    return row;
  }

  async function open(row: unknown): Promise<unknown> {
    if (!isSealedRow(row)) return row;
    const state = rowKeyState();
    if (state.mode !== 'unlocked') throw new LockedError();
    try {
      return await openValue(state.key, name, primaryKeyOf(row), row[SEALED]);
    } catch {
      onDamaged(name);
      return undefined;
    }
  }

  /** Opens rows; no crypto and no keep-alive when none of them is sealed (lock off). */
  function openAll(trans: unknown, rows: readonly unknown[]): Promise<unknown[]> | unknown[] {
    if (!rows.some(isSealedRow)) return [...rows];
    return keepTransactionAlive(trans as IDBTransaction, Promise.all(rows.map(open)));
  }

  function mutate(req: DBCoreMutateRequest) {
    if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
    const state = rowKeyState();
    if (state.mode === 'plain') return table.mutate(req);
    if (state.mode === 'locked' || ('updates' in req && req.updates))
      return Promise.reject(new LockedError());
    const sealed = Promise.all(req.values.map((value: object) => seal(state.key, value)));
    return keepTransactionAlive(req.trans as unknown as IDBTransaction, sealed).then((values) =>
      table.mutate({ ...req, values }),
    );
  }

  return {
    ...table,
    mutate,
    get: (req) => table.get(req).then(async (row) => (await openAll(req.trans, [row]))[0]),
    getMany: (req) => table.getMany(req).then((rows) => openAll(req.trans, rows)),
    query: (req) =>
      table.query(req).then(async (response) => {
        if (!req.values) return response;
        const rows = await openAll(req.trans, response.result);
        return { ...response, result: rows.filter((row) => row !== undefined) };
      }),
    openCursor: (req) =>
      table.openCursor(req).then((cursor) => (cursor && req.values ? openingCursor(cursor, open) : cursor)),
  };
}

/**
 * A cursor whose `value` is the opened row. Each step waits for the row to open (keeping the
 * transaction alive) before the caller sees it; a row that does not open is skipped.
 */
function openingCursor(down: DBCoreCursor, open: (row: unknown) => Promise<unknown>): DBCoreCursor {
  let current: unknown;
  const cursor: DBCoreCursor = {
    get trans() {
      return down.trans;
    },
    get key() {
      return down.key as unknown;
    },
    get primaryKey() {
      return down.primaryKey as unknown;
    },
    get value() {
      return current;
    },
    get done() {
      return down.done;
    },
    continue: (key?: unknown) => down.continue(key),
    continuePrimaryKey: (key: unknown, primaryKey: unknown) => down.continuePrimaryKey(key, primaryKey),
    advance: (count: number) => down.advance(count),
    stop: (value?: unknown) => down.stop(value),
    fail: (error: Error) => down.fail(error),
    next: () => {
      let gotOne = 1;
      return cursor.start(() => (gotOne-- ? cursor.continue() : cursor.stop())).then(() => cursor);
    },
    start: (onNext: () => void) =>
      down.start(() => {
        const raw: unknown = down.value;
        if (!isSealedRow(raw)) {
          current = raw;
          return onNext();
        }
        keepTransactionAlive(down.trans as unknown as IDBTransaction, open(raw)).then(
          (value) => {
            if (value === undefined) return down.continue();
            current = value;
            onNext();
          },
          (error: Error) => down.fail(error),
        );
      }),
  };
  return cursor;
}
