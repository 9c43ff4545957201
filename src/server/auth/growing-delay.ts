/**
 * Slows down repeated failures of one key (a username from one address) instead of locking it
 * (issue 13 row 7): the first `free` failures cost nothing, each one after that makes the key wait
 * twice as long as the last (1 s, 2 s, 4 s, …, at most `maxDelayMs`). A key is forgotten once it
 * has been quiet for `forgetAfterMs`. In memory, per process, like FailureLimiter.
 */
export class GrowingDelay {
  private readonly keys = new Map<string, { failures: number; waitUntil: number; lastAt: number }>();

  constructor(
    private readonly free: number,
    private readonly maxDelayMs: number,
    private readonly forgetAfterMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the key may try again, or 0. */
  retryAfter(key: string): number {
    const state = this.current(key);
    return state ? Math.max(0, Math.ceil((state.waitUntil - this.now()) / 1000)) : 0;
  }

  fail(key: string): void {
    const now = this.now();
    const state = this.current(key) ?? { failures: 0, waitUntil: 0, lastAt: now };
    state.failures += 1;
    state.lastAt = now;
    const over = state.failures - this.free;
    if (over >= 0) state.waitUntil = now + Math.min(1000 * 2 ** Math.min(over, 30), this.maxDelayMs);
    this.keys.set(key, state);
    if (this.keys.size > 100_000) this.sweep();
  }

  succeed(key: string): void {
    this.keys.delete(key);
  }

  private current(key: string) {
    const state = this.keys.get(key);
    if (state && this.now() - state.lastAt > this.forgetAfterMs && state.waitUntil <= this.now()) {
      this.keys.delete(key);
      return undefined;
    }
    return state;
  }

  private sweep() {
    for (const key of [...this.keys.keys()]) this.current(key);
  }
}
