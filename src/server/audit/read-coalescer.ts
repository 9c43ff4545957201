import type { AccessEntry } from './audit-log';

/**
 * NEN 7513 asks who looked at what, not every refresh: a read that repeats an identical read by the
 * same person, device and rule within `windowMs` adds no row (issue 13 row 14; 3,000 pulls made
 * 3,001 rows). Writes, exports, logins and failures are always logged. Per process: with several
 * processes each logs the first read in its window.
 */
export class ReadCoalescer {
  private readonly lastLogged = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when this entry must be written; remembers it when it is a read. */
  shouldLog(entry: AccessEntry): boolean {
    if (entry.action !== 'read' || this.windowMs === 0) return true;
    const key = JSON.stringify([
      entry.actorUserId,
      entry.onBehalfOf,
      entry.actorRole,
      entry.caseId,
      entry.dataEntity,
      entry.dataIds,
      entry.basis,
      entry.client,
    ]);
    const now = this.now();
    const last = this.lastLogged.get(key);
    if (last !== undefined && now - last < this.windowMs) return false;
    this.lastLogged.set(key, now);
    if (this.lastLogged.size > 50_000) this.sweep(now);
    return true;
  }

  private sweep(now: number) {
    for (const [key, at] of this.lastLogged) if (now - at >= this.windowMs) this.lastLogged.delete(key);
  }
}
