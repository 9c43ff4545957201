// The event form's values as typed (a day and clock times on this device) and the row they become.
// Pure, so the mapping and the field problems are unit-tested without a DOM.
import type { CaseEvent, Withheld } from '../../../shared/domain';

export interface EventFormValues {
  kind: CaseEvent['kind'];
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  invitedMembers: string[];
  withInvolvements: string[];
  prepareNote: string;
  withheld: Withheld[];
}

export const emptyEventForm: EventFormValues = {
  kind: 'meeting',
  title: '',
  date: '',
  startTime: '',
  endTime: '',
  place: '',
  invitedMembers: [],
  withInvolvements: [],
  prepareNote: '',
  withheld: [],
};

const pad = (n: number) => String(n).padStart(2, '0');
/** The local day and clock time of an instant, as the date and time inputs want them. */
const localParts = (instant: string) => {
  const at = new Date(instant);
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
};
const instantOf = (date: string, time: string) => new Date(`${date}T${time}`).toISOString();

export function formOfEvent(event: CaseEvent): EventFormValues {
  const start = localParts(event.startsAt);
  return {
    kind: event.kind,
    title: event.title,
    date: start.date,
    startTime: start.time,
    endTime: event.endsAt ? localParts(event.endsAt).time : '',
    place: event.place ?? '',
    invitedMembers: [...event.invitedMembers],
    withInvolvements: [...event.withInvolvements],
    prepareNote: event.prepareNote ?? '',
    withheld: [...(event.withheld ?? [])],
  };
}

export type EventField = 'title' | 'date' | 'startTime' | 'endTime' | `withheld-${string}`;
export interface EventProblem {
  field: EventField;
  code:
    'title-required' | 'date-required' | 'time-required' | 'end-before-start' | 'withheld-reason-required';
}

export function eventProblems(values: EventFormValues): EventProblem[] {
  const problems: EventProblem[] = [];
  if (values.title.trim() === '') problems.push({ field: 'title', code: 'title-required' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) problems.push({ field: 'date', code: 'date-required' });
  if (!/^\d{2}:\d{2}$/.test(values.startTime)) problems.push({ field: 'startTime', code: 'time-required' });
  else if (values.endTime && values.endTime <= values.startTime)
    problems.push({ field: 'endTime', code: 'end-before-start' });
  for (const { memberId, reason } of values.withheld) {
    if (reason.trim() === '')
      problems.push({ field: `withheld-${memberId}`, code: 'withheld-reason-required' });
  }
  return problems;
}

export function eventOf(
  values: EventFormValues,
  base: { id: string; caseId: string; before?: CaseEvent },
): CaseEvent {
  return {
    ...base.before,
    id: base.id,
    caseId: base.caseId,
    kind: values.kind,
    title: values.title.trim(),
    startsAt: instantOf(values.date, values.startTime),
    endsAt: values.endTime ? instantOf(values.date, values.endTime) : null,
    place: values.place.trim() || null,
    invitedMembers: values.invitedMembers,
    withInvolvements: values.withInvolvements,
    prepareNote: values.prepareNote.trim() || null,
    withheld: values.withheld.map(({ memberId, reason }) => ({ memberId, reason: reason.trim() })),
  };
}
