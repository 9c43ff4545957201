import { describe, expect, it } from 'vitest';
import type { Decision, Statement } from '../../../shared/domain';
import { isUnchecked, uncheckedReasons } from './stale-reasons';

const decision = { id: 'd1', title: 'OTS' } as Decision;
const reason = (id: string, lastCheckedOn: string, extra: Partial<Statement> = {}) =>
  ({ id, decisionId: 'd1', lastCheckedOn, status: 'current', ...extra }) as Statement;

describe('reasons not checked for more than three months', () => {
  const today = '2026-12-02';

  it('counts a reason last checked more than three months ago, not one checked exactly three months ago', () => {
    expect(isUnchecked(reason('a', '2026-09-01'), today)).toBe(true);
    expect(isUnchecked(reason('b', '2026-09-02'), today)).toBe(false);
  });

  it('never lists a withdrawn reason, and lists the others oldest first with their decision', () => {
    const list = uncheckedReasons(
      [decision],
      [
        reason('new', '2026-11-01'),
        reason('older', '2026-03-01'),
        reason('gone', '2025-01-01', { status: 'withdrawn' }),
        reason('oldest', '2025-06-01'),
      ],
      today,
    );
    expect(list.map((item) => item.statement.id)).toEqual(['oldest', 'older']);
    expect(list[0]!.decision).toBe(decision);
  });
});
