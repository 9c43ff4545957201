import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry-delay';

describe('the delay before a sync is tried again', () => {
  it('starts at two seconds and doubles, up to a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((failures) => retryDelayMs(failures))).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('never comes before the time the server asked us to wait', () => {
    expect(retryDelayMs(1, 30_000)).toBe(30_000);
    expect(retryDelayMs(6, 30_000)).toBe(60_000);
  });
});
