// What Besluiten shows, as plain data: decisions grouped by status (newest first), and for one
// decision its reasons by kind, its duration and every route to object with its countdown. Pure, so
// the rules are unit-tested without a DOM; the legal rules themselves live in shared/catalog.
import { ageOn } from '../../../shared/catalog/dates';
import {
  durationProgress,
  isStale,
  objectionOptions,
  type DurationProgress,
  type ObjectionOption,
  type Reader,
} from '../../../shared/catalog/deadlines';
import { measures } from '../../../shared/catalog/measures';
import type { Source } from '../../../shared/catalog/sources';
import {
  statementKinds,
  type Day,
  type Decision,
  type Involvement,
  type Member,
  type Statement,
  type StatementKind,
} from '../../../shared/domain';

/** Who is reading, for the age and custody rules. No member (not in the case): may use nothing. */
export function readerOf(member: Member | null, today: Day): Reader {
  if (!member) return { role: 'network', age: null, hasCustody: null };
  return {
    role: member.role,
    age: member.birthDate ? ageOn(member.birthDate, today) : null,
    hasCustody: member.hasCustody,
  };
}

/** A term that is still open against a decision in effect (or under appeal). */
export interface RunningDeadline extends ObjectionOption {
  deadline: Day;
  daysLeft: number;
  decision: Decision;
}

const isActive = (decision: Decision) => decision.status === 'in-effect' || decision.status === 'appealed';

/** Open terms, soonest first. `onlyMine` keeps the ones this reader may use themselves. */
export function runningDeadlines(
  decisions: Decision[],
  today: Day,
  reader: Reader,
  onlyMine = false,
): RunningDeadline[] {
  return decisions
    .filter(isActive)
    .flatMap((decision) =>
      objectionOptions(decision, today, reader)
        .filter((option) => option.deadline !== null && !option.expired && (!onlyMine || option.mayUse))
        .map((option) => ({ ...option, decision }) as RunningDeadline),
    )
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

export const statusOrder = ['in-effect', 'appealed', 'proposed', 'ended'] as const;

export interface DecisionRow {
  decision: Decision;
  decidedBy: Involvement | null;
  /** The soonest open term against it, if any. */
  deadline: RunningDeadline | null;
}

export interface DecisionGroup {
  status: Decision['status'];
  rows: DecisionRow[];
}

export function buildDecisionList(
  decisions: Decision[],
  involvements: Involvement[],
  today: Day,
  reader: Reader,
): DecisionGroup[] {
  const byId = new Map(involvements.map((involvement) => [involvement.id, involvement]));
  const newestFirst = [...decisions].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn));
  return statusOrder
    .map((status) => ({
      status,
      rows: newestFirst
        .filter((decision) => decision.status === status)
        .map((decision) => ({
          decision,
          decidedBy: (decision.decidedBy && byId.get(decision.decidedBy)) || null,
          deadline: runningDeadlines([decision], today, reader)[0] ?? null,
        })),
    }))
    .filter((group) => group.rows.length > 0);
}

export interface ReasonView {
  statement: Statement;
  stale: boolean;
}

export interface DecisionDetail {
  decision: Decision;
  decidedBy: Involvement | null;
  duration: DurationProgress | null;
  /** Where it says this: the decision's own article(s), else the catalogue's source. */
  source: Source;
  reasons: { kind: StatementKind; items: ReasonView[] }[];
  options: ObjectionOption[];
  appealable: boolean | 'unclear';
  urgent: ObjectionOption | null;
}

export function buildDecisionDetail(
  decision: Decision,
  statements: Statement[],
  involvements: Involvement[],
  today: Day,
  reader: Reader,
): DecisionDetail {
  const options = objectionOptions(decision, today, reader);
  const open = options.filter((o) => o.daysLeft !== null && !o.expired);
  const urgent =
    [...open].sort((a, b) => Number(b.mayUse) - Number(a.mayUse) || a.daysLeft! - b.daysLeft!)[0] ?? null;
  return {
    decision,
    decidedBy: involvements.find((involvement) => involvement.id === decision.decidedBy) ?? null,
    duration: decision.endsOn ? durationProgress(decision.startsOn, decision.endsOn, today) : null,
    source: decision.legalBasis ? { law: decision.legalBasis } : measures[decision.kind].source,
    reasons: statementKinds
      .map((kind) => ({
        kind,
        items: statements
          .filter((statement) => statement.kind === kind)
          .map((statement) => ({
            statement,
            stale: statement.status !== 'withdrawn' && isStale(statement.lastCheckedOn, today),
          })),
      }))
      .filter((group) => group.items.length > 0),
    options,
    appealable: measures[decision.kind].appealable,
    urgent: isActive(decision) ? urgent : null,
  };
}
