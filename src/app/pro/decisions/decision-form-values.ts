// The decision form's values as typed and the row they become, with the catalogue's defaults for a
// measure. Pure, so the mapping and the field problems are unit-tested without a DOM.
import { maxEndDate, measures, routeDeadline, type MeasureKey } from '../../../shared/catalog/measures';
import type { Day, Decision, EndGoal, Withheld } from '../../../shared/domain';
import { decisionDateProblems, type DecisionDateProblem } from '../../../shared/sync/decision-rules';

export interface DecisionFormValues {
  kind: MeasureKey;
  title: string;
  summary: string;
  decidedBy: string;
  decidedOn: string;
  startsOn: string;
  endsOn: string;
  reviewOn: string;
  legalBasis: string;
  meaningParent: string;
  meaningYouth: string;
  nextSteps: string;
  toEnd: EndGoal[];
  status: Decision['status'];
  sharedWithNetwork: boolean;
  withheld: Withheld[];
}

/** What the catalogue says for a measure starting on `startsOn`: its articles and its longest end. */
export const catalogueDefaults = (kind: MeasureKey, startsOn: string) => ({
  legalBasis: measures[kind].source.law,
  endsOn: isDay(startsOn) ? (maxEndDate(kind, startsOn) ?? '') : '',
});

/** A new measure: its articles and usual (longest) duration filled in, to check and adjust. */
export function withMeasure(values: DecisionFormValues, kind: MeasureKey): DecisionFormValues {
  return { ...values, kind, ...catalogueDefaults(kind, values.startsOn) };
}

/** A new start moves an end the catalogue filled in along with it; an end typed by hand stays. */
export function withStart(values: DecisionFormValues, startsOn: string): DecisionFormValues {
  const followed = values.endsOn === catalogueDefaults(values.kind, values.startsOn).endsOn;
  return {
    ...values,
    startsOn,
    endsOn: followed ? catalogueDefaults(values.kind, startsOn).endsOn : values.endsOn,
  };
}

export const emptyDecisionForm = (today: Day): DecisionFormValues =>
  withMeasure(
    {
      kind: 'ots',
      title: '',
      summary: '',
      decidedBy: '',
      decidedOn: today,
      startsOn: today,
      endsOn: '',
      reviewOn: '',
      legalBasis: '',
      meaningParent: '',
      meaningYouth: '',
      nextSteps: '',
      toEnd: [],
      status: 'in-effect',
      sharedWithNetwork: false,
      withheld: [],
    },
    'ots',
  );

export function formOfDecision(decision: Decision): DecisionFormValues {
  return {
    kind: decision.kind,
    title: decision.title,
    summary: decision.summary,
    decidedBy: decision.decidedBy ?? '',
    decidedOn: decision.decidedOn,
    startsOn: decision.startsOn,
    endsOn: decision.endsOn ?? '',
    reviewOn: decision.reviewOn ?? '',
    legalBasis: decision.legalBasis ?? '',
    meaningParent: decision.meaning.parent,
    meaningYouth: decision.meaning.youth,
    nextSteps: decision.nextSteps,
    toEnd: (decision.toEnd ?? []).map((row) => ({ ...row })),
    status: decision.status,
    sharedWithNetwork: decision.sharedWithNetwork,
    withheld: [...(decision.withheld ?? [])],
  };
}

/** Each route against the measure, and its last day counted from the day of the decision. */
export function objectionRoutesOf(kind: MeasureKey, decidedOn: string) {
  return measures[kind].routes.map((rule) => ({
    route: rule.route,
    article: rule.source.law,
    deadline: isDay(decidedOn) ? routeDeadline(rule, decidedOn) : null,
  }));
}

export type DecisionField =
  | 'title'
  | 'decidedOn'
  | 'startsOn'
  | 'endsOn'
  | 'reviewOn'
  | 'meaningParent'
  | 'meaningYouth'
  | `withheld-${string}`
  | ToEndFieldId;
type RequiredField = 'title' | 'decidedOn' | 'startsOn' | 'meaningParent' | 'meaningYouth';
export interface DecisionProblem {
  field: DecisionField;
  code:
    | `${RequiredField}-required`
    | DecisionDateProblem['code']
    | 'withheld-reason-required'
    | `toEnd-${keyof EndGoal}-required`;
  maxEndsOn?: Day;
}

/** The server takes at most this many points (decisionSchema's toEnd). */
export const maxToEnd = 20;
type ToEndFieldId = `to-end-${number}-${keyof EndGoal}`;
export const toEndFieldId = (index: number, part: keyof EndGoal): ToEndFieldId => `to-end-${index}-${part}`;

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
const orNull = (text: string) => (isDay(text) ? text : null);

export function decisionProblems(values: DecisionFormValues): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  const required = (field: RequiredField, ok: boolean) => {
    if (!ok) problems.push({ field, code: `${field}-required` });
  };
  required('title', values.title.trim() !== '');
  required('decidedOn', isDay(values.decidedOn));
  required('startsOn', isDay(values.startsOn));
  required('meaningParent', values.meaningParent.trim() !== '');
  required('meaningYouth', values.meaningYouth.trim() !== '');
  if (isDay(values.startsOn)) {
    const dates = {
      kind: values.kind,
      startsOn: values.startsOn,
      endsOn: orNull(values.endsOn),
      reviewOn: orNull(values.reviewOn),
    };
    problems.push(...decisionDateProblems(dates));
  }
  for (const { memberId, reason } of values.withheld) {
    if (reason.trim() === '')
      problems.push({ field: `withheld-${memberId}`, code: 'withheld-reason-required' });
  }
  // The server refuses a point with either half blank, so each blank half is named here.
  values.toEnd.forEach((row, index) => {
    for (const part of ['concern', 'goal'] as const) {
      if (row[part].trim() === '')
        problems.push({ field: toEndFieldId(index, part), code: `toEnd-${part}-required` });
    }
  });
  return problems;
}

/** The whole row for decision.put; what the form does not show (hiddenFrom) stays as it was. */
export function decisionOf(
  values: DecisionFormValues,
  base: { id: string; caseId: string; before?: Decision },
): Decision {
  const text = (value: string) => value.trim();
  const { toEnd: _before, ...before } = base.before ?? {};
  const toEnd = values.toEnd.map((row) => ({ concern: text(row.concern), goal: text(row.goal) }));
  return {
    ...before,
    id: base.id,
    caseId: base.caseId,
    kind: values.kind,
    title: text(values.title),
    summary: text(values.summary),
    decidedBy: values.decidedBy || null,
    decidedOn: values.decidedOn,
    startsOn: values.startsOn,
    endsOn: orNull(values.endsOn),
    reviewOn: orNull(values.reviewOn),
    legalBasis: text(values.legalBasis) || null,
    meaning: { parent: text(values.meaningParent), youth: text(values.meaningYouth) },
    nextSteps: text(values.nextSteps),
    // No points at all stays absent, as on decisions written before the field existed.
    ...(toEnd.length > 0 && { toEnd }),
    status: values.status,
    sharedWithNetwork: values.sharedWithNetwork,
    withheld: values.withheld.map(({ memberId, reason }) => ({ memberId, reason: reason.trim() })),
  };
}
