import { describe, expect, it } from 'vitest';
import { median, percentile, ratio, repeat, repeatWithin } from './stats';

describe('bench arithmetic', () => {
  it('takes the middle value, or the mean of the two middle values, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('finds percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('gives a ratio only when both sides were measured', () => {
    expect(ratio(300, 100)).toBe(3);
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 2)).toBeNaN();
  });

  it('repeats a measurement the asked number of times, in order', async () => {
    expect(await repeat(3, async (run) => run * 2)).toEqual([0, 2, 4]);
  });

  it('stops a slow measurement at its time budget, but only after the minimum of runs', async () => {
    let clock = 0;
    const tick = async (run: number) => {
      clock += 100;
      return run;
    };
    expect(await repeatWithin(7, 2, 250, tick, () => clock)).toEqual([0, 1, 2]);
    clock = 0;
    expect(await repeatWithin(7, 5, 250, tick, () => clock)).toEqual([0, 1, 2, 3, 4]);
    clock = 0;
    expect(await repeatWithin(3, 1, 10_000, tick, () => clock)).toEqual([0, 1, 2]);
  });
});
