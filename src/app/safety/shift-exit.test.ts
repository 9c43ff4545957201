import { describe, expect, it, vi } from 'vitest';
import { shiftCounter } from './shift-exit';

describe('Shift three times', () => {
  it('leaves after three presses within five seconds', () => {
    const exit = vi.fn();
    const press = shiftCounter(exit);
    press('Shift', 0);
    press('Shift', 2_000);
    expect(exit).not.toHaveBeenCalled();
    press('Shift', 4_900);
    expect(exit).toHaveBeenCalledTimes(1);
  });

  it('does not leave when the presses are spread over more than five seconds', () => {
    const exit = vi.fn();
    const press = shiftCounter(exit);
    press('Shift', 0);
    press('Shift', 3_000);
    press('Shift', 5_100);
    expect(exit).not.toHaveBeenCalled();
    press('Shift', 6_000);
    expect(exit).toHaveBeenCalledTimes(1);
  });

  it('never leaves while someone types capitals', () => {
    const exit = vi.fn();
    const press = shiftCounter(exit);
    for (const key of ['Shift', 'I', 'Shift', 'K', 'Shift', 'B']) press(key, 100);
    expect(exit).not.toHaveBeenCalled();
  });

  it('ignores a held-down Shift key', () => {
    const exit = vi.fn();
    const press = shiftCounter(exit);
    press('Shift', 0);
    press('Shift', 10, true);
    press('Shift', 20, true);
    expect(exit).not.toHaveBeenCalled();
  });
});
