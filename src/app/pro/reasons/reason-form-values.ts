// A reason as typed and the row it becomes. A reason cannot be saved without its kind, its source
// and its date: facts and opinions must never be mixed up (issue 11). Pure, unit-tested.
import type { Day, Statement, StatementKind, Withheld } from '../../../shared/domain';

export interface ReasonFormValues {
  kind: StatementKind | null;
  text: string;
  source: string;
  observedOn: string;
  withheld: Withheld[];
}

export const emptyReasonForm: ReasonFormValues = {
  kind: null,
  text: '',
  source: '',
  observedOn: '',
  withheld: [],
};

export const formOfReason = (statement: Statement): ReasonFormValues => ({
  kind: statement.kind,
  text: statement.text,
  source: statement.source,
  observedOn: statement.observedOn,
  withheld: [...(statement.withheld ?? [])],
});

export type ReasonField = 'kind' | 'text' | 'source' | 'observedOn' | 'answer' | `withheld-${string}`;
export interface ReasonProblem {
  field: ReasonField;
  code:
    | 'kind-required'
    | 'text-required'
    | 'source-required'
    | 'date-required'
    | 'date-future'
    | 'answer-required'
    | 'withheld-reason-required';
}

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** `answer`: when the change answers a correction request, what the family will read about it. */
export function reasonProblems(values: ReasonFormValues, today: Day, answer?: string): ReasonProblem[] {
  const problems: ReasonProblem[] = [];
  if (values.kind === null) problems.push({ field: 'kind', code: 'kind-required' });
  if (values.text.trim() === '') problems.push({ field: 'text', code: 'text-required' });
  if (values.source.trim() === '') problems.push({ field: 'source', code: 'source-required' });
  if (!isDay(values.observedOn)) problems.push({ field: 'observedOn', code: 'date-required' });
  else if (values.observedOn > today) problems.push({ field: 'observedOn', code: 'date-future' });
  if (answer !== undefined && answer.trim() === '')
    problems.push({ field: 'answer', code: 'answer-required' });
  for (const { memberId, reason } of values.withheld) {
    if (reason.trim() === '')
      problems.push({ field: `withheld-${memberId}`, code: 'withheld-reason-required' });
  }
  return problems;
}

const keptStatus = (before?: Statement) =>
  before && before.status !== 'withdrawn' ? before.status : 'current';

/**
 * The row for statement.put, checked today. A new wording of an existing reason makes it
 * `corrected` (the server keeps the old text in its history, marked replaced).
 */
export function reasonOf(
  values: ReasonFormValues,
  base: { id: string; caseId: string; decisionId: string; today: Day; before?: Statement },
) {
  const text = values.text.trim();
  const changed = base.before !== undefined && base.before.text !== text;
  return {
    id: base.id,
    caseId: base.caseId,
    decisionId: base.decisionId,
    kind: values.kind!,
    text,
    source: values.source.trim(),
    observedOn: values.observedOn,
    lastCheckedOn: base.today,
    status: changed ? 'corrected' : keptStatus(base.before),
    ...(base.before?.hiddenFrom ? { hiddenFrom: base.before.hiddenFrom } : {}),
    withheld: values.withheld.map(({ memberId, reason }) => ({ memberId, reason: reason.trim() })),
  };
}
