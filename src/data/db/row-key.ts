// Which key, if any, seals case rows right now (decision 011). 'plain': the app lock is off and rows
// are stored as they are. 'locked': the lock is on and the key is not in memory: nothing can be
// read or written. 'unlocked': the data key is in memory (a non-extractable CryptoKey).
export type RowKeyState = { mode: 'plain' } | { mode: 'locked' } | { mode: 'unlocked'; key: CryptoKey };

let state: RowKeyState = { mode: 'plain' };

export const rowKeyState = (): RowKeyState => state;

export function setRowKeyState(next: RowKeyState): void {
  state = next;
}

/** A read or write of case rows while the app is locked. */
export class LockedError extends Error {
  constructor() {
    super('The app is locked');
    this.name = 'LockedError';
  }
}
