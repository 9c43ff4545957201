import { maxEndDate, type MeasureKey } from '../catalog/measures';
import type { Day } from '../domain';

/**
 * The date rules of a decision, shared by the server's decision.put (which refuses a break with
 * `bad-request`) and the console's form (which ties each problem to its field): the end and the
 * review come after the start, and a measure may not last longer than the law allows
 * (measures.ts `maxDuration`, e.g. an OTS at most 12 months, BW 1:258).
 */
export interface DecisionDates {
  kind: MeasureKey;
  startsOn: Day;
  endsOn: Day | null;
  reviewOn: Day | null;
}

export type DecisionDateProblem =
  | { field: 'endsOn'; code: 'ends-before-start' }
  | { field: 'endsOn'; code: 'longer-than-law'; maxEndsOn: Day }
  | { field: 'reviewOn'; code: 'review-before-start' };

export function decisionDateProblems({
  kind,
  startsOn,
  endsOn,
  reviewOn,
}: DecisionDates): DecisionDateProblem[] {
  const problems: DecisionDateProblem[] = [];
  const maxEndsOn = maxEndDate(kind, startsOn);
  if (endsOn !== null && endsOn <= startsOn) problems.push({ field: 'endsOn', code: 'ends-before-start' });
  else if (endsOn !== null && maxEndsOn !== null && endsOn > maxEndsOn)
    problems.push({ field: 'endsOn', code: 'longer-than-law', maxEndsOn });
  if (reviewOn !== null && reviewOn < startsOn)
    problems.push({ field: 'reviewOn', code: 'review-before-start' });
  return problems;
}
