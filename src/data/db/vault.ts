// The app lock's storage side (decision 011): its vault row, and turning sealing of every row on
// or off in ONE transaction, so a crash halfway leaves the old state, never a mix without a vault.
// Key derivation and wrapping are src/data/lock's job; this file only stores what it is given.
import { db, type LockVault } from './gezien-db';
import { PLAIN_TABLES } from './row-sealing';
import { rowKeyState, setRowKeyState } from './row-key';

export type { LockVault } from './gezien-db';

export const readVault = (): Promise<LockVault | undefined> => db.vault.get('lock');

export async function updateVault(changes: Partial<Omit<LockVault, 'key'>>): Promise<void> {
  await db.vault.update('lock', changes);
}

const sealedTables = () => db.tables.filter((table) => !PLAIN_TABLES.has(table.name));

/** Rewrites every row with the current key state (sealed when unlocked, plain when plain). */
async function rewriteAllRows(): Promise<void> {
  for (const table of sealedTables()) {
    const rows = await table.toArray();
    if (rows.length > 0) await table.bulkPut(rows);
  }
}

/** Turns the lock on: stores the vault and seals every row with `key`. */
export async function sealAllRows(vault: LockVault, key: CryptoKey): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    setRowKeyState({ mode: 'unlocked', key });
    await db.vault.put(vault);
    await rewriteAllRows();
  });
}

/** Turns the lock off (the app must be unlocked): every row is stored plain again, the vault goes. */
export async function unsealAllRows(): Promise<void> {
  const state = rowKeyState();
  if (state.mode !== 'unlocked') throw new Error('Unlock before turning the lock off');
  await db.transaction('rw', db.tables, async () => {
    const all = await Promise.all(
      sealedTables().map(async (table) => [table, await table.toArray()] as const),
    );
    setRowKeyState({ mode: 'plain' });
    for (const [table, rows] of all) if (rows.length > 0) await table.bulkPut(rows);
    await db.vault.delete('lock');
  });
}

/** Unlocked: the data key is in memory until lockRows(). */
export const unlockRows = (key: CryptoKey): void => setRowKeyState({ mode: 'unlocked', key });

/** Drops the data key from memory; sealed rows cannot be read or written until the next unlock. */
export function lockRows(): void {
  if (rowKeyState().mode !== 'plain') setRowKeyState({ mode: 'locked' });
}

export const rowsLocked = (): boolean => rowKeyState().mode === 'locked';
