// Reasons nobody has checked for more than three months: the case overview lists them, oldest
// first, so old information does not keep coming back unchecked. Pure, unit-tested.
import { addMonths } from '../../../shared/catalog/dates';
import type { Day, Decision, Statement } from '../../../shared/domain';

export const isUnchecked = (statement: Statement, today: Day) =>
  statement.status !== 'withdrawn' && statement.lastCheckedOn < addMonths(today, -3);

export interface UncheckedReason {
  statement: Statement;
  decision: Decision;
}

export function uncheckedReasons(
  decisions: Decision[],
  statements: Statement[],
  today: Day,
): UncheckedReason[] {
  const byId = new Map(decisions.map((decision) => [decision.id, decision]));
  return statements
    .filter((statement) => isUnchecked(statement, today) && byId.has(statement.decisionId))
    .sort((a, b) => a.lastCheckedOn.localeCompare(b.lastCheckedOn))
    .map((statement) => ({ statement, decision: byId.get(statement.decisionId)! }));
}
