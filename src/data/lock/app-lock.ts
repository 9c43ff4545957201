// The app lock (SECURITY.md D3–D5, decision 011): a PIN of at least 6 digits opens the data key;
// while locked the key is not in memory and sealed rows cannot be read. Every attempt is counted
// before the PIN is tried (closing the app mid-try does not reset the count); the fifth wrong PIN
// logs out and wipes the device.
import { generateDataKey } from '../db/row-crypto';
import {
  lockRows,
  readVault,
  rowsLocked,
  sealAllRows,
  unlockRows,
  unsealAllRows,
  updateVault,
} from '../db/vault';
import { logout } from '../session/session';
import { onLocalWipe } from '../session/wipe-local-data';
import {
  deriveWrappingKey,
  newSalt,
  normalisePin,
  PBKDF2_ITERATIONS,
  unwrapDataKey,
  wrapDataKey,
} from './lock-keys';
import { setLockStatus, type LockStatus } from './lock-store';

export const MAX_PIN_FAILURES = 5;
// A wipe (logout) deletes the vault with the rest: no lock until one is set again.
onLocalWipe(() => setLockStatus('off'));
export const DEFAULT_IDLE_MINUTES = 5;
export const idleChoices = [1, 2, 5, 15, 30] as const;

export type UnlockResult = { kind: 'open' } | { kind: 'wrong'; left: number } | { kind: 'wiped' };

/** Reads the vault once at start (opening the database puts sealed rows in 'locked'). */
export async function initLock(): Promise<LockStatus> {
  const vault = await readVault();
  const status: LockStatus = !vault ? 'off' : rowsLocked() ? 'locked' : 'open';
  setLockStatus(status);
  return status;
}

export async function enableLock(pin: string, idleMinutes = DEFAULT_IDLE_MINUTES): Promise<void> {
  const salt = newSalt();
  const wrappingKey = await deriveWrappingKey(normalisePin(pin), salt, PBKDF2_ITERATIONS);
  const wrappedKey = await wrapDataKey(await generateDataKey(), wrappingKey);
  // Only the non-extractable handle stays in memory; the extractable original is dropped here.
  const key = await unwrapDataKey(wrappedKey, wrappingKey);
  await sealAllRows(
    { key: 'lock', salt, iterations: PBKDF2_ITERATIONS, wrappedKey, failures: 0, idleMinutes },
    key,
  );
  setLockStatus('open');
}

/** Needs the app unlocked: rows go back to plain and the vault is removed. */
export async function disableLock(): Promise<void> {
  await unsealAllRows();
  setLockStatus('off');
}

export async function unlock(pin: string): Promise<UnlockResult> {
  const vault = await readVault();
  if (!vault) {
    setLockStatus('off');
    return { kind: 'open' };
  }
  const failures = vault.failures + 1;
  await updateVault({ failures });
  try {
    const wrappingKey = await deriveWrappingKey(normalisePin(pin), vault.salt, vault.iterations);
    unlockRows(await unwrapDataKey(vault.wrappedKey, wrappingKey));
  } catch {
    if (failures < MAX_PIN_FAILURES) return { kind: 'wrong', left: MAX_PIN_FAILURES - failures };
    await logout();
    setLockStatus('off');
    return { kind: 'wiped' };
  }
  await updateVault({ failures: 0 });
  setLockStatus('open');
  return { kind: 'open' };
}

/** Drops the data key from memory (idle, app in the background, quick exit). */
export function lockNow(): void {
  lockRows();
  if (rowsLocked()) setLockStatus('locked');
}

export async function lockSettings(): Promise<{ idleMinutes: number; failures: number } | null> {
  const vault = await readVault();
  return vault ? { idleMinutes: vault.idleMinutes, failures: vault.failures } : null;
}

export const setIdleMinutes = (idleMinutes: number) => updateVault({ idleMinutes });
