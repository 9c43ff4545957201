/**
 * Shift pressed 3 times within 5 seconds, with no other key in between (so typing capitals never
 * triggers it), as GOV.UK's "Exit this page" does. Pure, so the rule is unit-tested.
 */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5_000;

export function shiftCounter(onTriple: () => void) {
  let presses: number[] = [];
  return (key: string, now: number, repeat = false): void => {
    if (repeat) return;
    if (key !== 'Shift') {
      presses = [];
      return;
    }
    presses = [...presses.filter((time) => now - time < SHIFT_WINDOW_MS), now];
    if (presses.length >= SHIFT_PRESSES) {
      presses = [];
      onTriple();
    }
  };
}
