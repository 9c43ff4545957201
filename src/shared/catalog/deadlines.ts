import type { Decision } from '../domain/decision';
import type { MemberRole } from '../domain/member';
import { addMonths, daysBetween } from './dates';
import { measures, routeDeadline, type ObjectionRoute, type Objector } from './measures';
import type { Source } from './sources';

/**
 * Countdowns for the Besluiten screen: which routes against a decision are open, until which day,
 * and whether this reader may use them. All days are `YYYY-MM-DD`; the last day of a term still
 * counts (daysLeft 0 = "vandaag is de laatste dag").
 */

/** The person reading: their role in the case, age (young people) and gezag (parents). */
export interface Reader {
  role: MemberRole;
  age: number | null;
  hasCustody: boolean | null;
}

export interface ObjectionOption {
  route: ObjectionRoute;
  source: Source;
  /** True when the request goes to a judge. */
  court: boolean;
  /** Who the law lets use this route; texts in measures.json `objector.<key>`. */
  who: readonly Objector[];
  /** Last day to use the route; null when there is no term, or the decision is only proposed. */
  deadline: string | null;
  /** Days from today to the deadline; 0 on the last day; never negative (see `expired`). */
  daysLeft: number | null;
  expired: boolean;
  mayUse: boolean;
}

/** Whether the reader belongs to a group the law names. Unknown age or gezag counts as no. */
export function isObjector(who: Objector, reader: Reader): boolean {
  switch (who) {
    case 'parent-with-custody':
      return reader.role === 'parent' && reader.hasCustody === true;
    case 'parent':
      return reader.role === 'parent';
    // Depends on having taken part in the case: the app does not say "you may", it says "ask a lawyer".
    case 'parent-if-party':
      return false;
    case 'youth-12':
      return reader.role === 'youth' && reader.age !== null && reader.age >= 12;
    case 'youth':
      return reader.role === 'youth';
    case 'carer':
      return reader.role === 'network';
  }
}

/**
 * Every route against a decision of this kind, routes to a judge first. A proposed decision has no
 * deadline yet: a term counts from the day of the decision (for a schriftelijke aanwijzing: from the
 * day after it was sent).
 */
export function objectionOptions(
  decision: Pick<Decision, 'kind' | 'decidedOn' | 'status'>,
  today: string,
  reader: Reader,
): ObjectionOption[] {
  return measures[decision.kind].routes.map((rule) => {
    const deadline = decision.status === 'proposed' ? null : routeDeadline(rule, decision.decidedOn);
    const left = deadline === null ? null : daysBetween(today, deadline);
    return {
      route: rule.route,
      source: rule.source,
      court: rule.court,
      who: rule.who,
      deadline,
      daysLeft: left === null ? null : Math.max(0, left),
      expired: left !== null && left < 0,
      mayUse: rule.who.some((who) => isObjector(who, reader)),
    };
  });
}

export interface DurationProgress {
  totalDays: number;
  elapsedDays: number;
  /** 0–100, whole numbers. */
  percent: number;
  daysLeft: number;
  state: 'not-started' | 'running' | 'ended';
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** How far a measure has run. `endsOn` is the day it stops: on that day it has ended. */
export function durationProgress(startsOn: string, endsOn: string, today: string): DurationProgress {
  const totalDays = Math.max(0, daysBetween(startsOn, endsOn));
  const elapsedDays = clamp(daysBetween(startsOn, today), 0, totalDays);
  const state = today < startsOn ? 'not-started' : today >= endsOn ? 'ended' : 'running';
  const percent =
    totalDays === 0 ? (state === 'ended' ? 100 : 0) : Math.round((elapsedDays / totalDays) * 100);
  return { totalDays, elapsedDays, percent, daysLeft: totalDays - elapsedDays, state };
}

/**
 * "Is dit nog zo?": a statement last checked `thresholdDays` or more days ago. Old information that
 * keeps coming back unchecked is one of the main complaints of families.
 */
export const isStale = (lastCheckedOn: string, today: string, thresholdDays = 365) =>
  daysBetween(lastCheckedOn, today) >= thresholdDays;

/**
 * A request to correct or update the file (AVG art. 16) must be answered within one month of receipt
 * (AVG art. 12 lid 3). Counted from the day it was written in Gezien, the earliest it can have arrived.
 */
export const correctionSource = { law: 'AVG art. 12, 16' } as const;
export function correctionAnswerDue(writtenOn: string, today: string) {
  const deadline = addMonths(writtenOn, 1);
  const left = daysBetween(today, deadline);
  return { deadline, daysLeft: Math.max(0, left), expired: left < 0 };
}
