/**
 * Counts failures per key in fixed windows (SECURITY.md B2). A key is blocked once it reaches its
 * limit and free again when its window ends: never a permanent lockout, so the real person can
 * always get in later, and other ways in (a passkey, another address) keep working meanwhile.
 * In memory, per process: with several API processes each counts on its own, so the effective
 * limit is the limit times the number of processes (documented gap; the DB-backed version is next).
 */
export class FailureLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const window = this.current(key);
    return window && window.count >= this.max ? Math.ceil((window.resetAt - this.now()) / 1000) : 0;
  }

  fail(key: string): void {
    const window = this.current(key);
    if (window) window.count += 1;
    else this.windows.set(key, { count: 1, resetAt: this.now() + this.windowMs });
    if (this.windows.size > 100_000) this.sweep();
  }

  private current(key: string) {
    const window = this.windows.get(key);
    if (window && window.resetAt <= this.now()) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep() {
    for (const [key, window] of this.windows) if (window.resetAt <= this.now()) this.windows.delete(key);
  }
}
