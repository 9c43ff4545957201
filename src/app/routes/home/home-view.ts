// What Mijn overzicht shows, as plain data: terms running out, my contact now, what is new since my
// last visit and the next appointment. Pure, so the choices are unit-tested without a DOM.
import type { Reader } from '../../../shared/catalog/deadlines';
import type { CaseEvent, Day, Decision, Involvement, Reply, Statement } from '../../../shared/domain';
import { buildInvolvedView } from '../involved/involved-view';
import { runningDeadlines, type RunningDeadline } from '../decisions/decisions-view';

export type NewsItem =
  | { type: 'decision'; id: string; title: string; decisionId: string }
  | { type: 'statement'; id: string; title: string; decisionId: string }
  | { type: 'event'; id: string; title: string }
  | { type: 'reply'; id: string; text: string };

export interface HomeInput {
  decisions: Decision[];
  statements: Statement[];
  events: CaseEvent[];
  replies: Reply[];
  involvements: Involvement[];
  memberId: string | null;
  reader: Reader;
  /** Ids shown at the last visit; null on the first visit on this device. */
  seen: ReadonlySet<string> | null;
  today: Day;
  /** Now, as an ISO instant, for upcoming events. */
  now: string;
}

export interface HomeView {
  deadlines: RunningDeadline[];
  myContact: Involvement | null;
  /** Null on the first visit: there is no "since" yet. */
  news: NewsItem[] | null;
  nextEvent: CaseEvent | null;
}

/** Every id that counts for "new": remembered after each visit. */
export const newsIds = (input: Pick<HomeInput, 'decisions' | 'statements' | 'events' | 'replies'>) => [
  ...input.decisions.map((d) => d.id),
  ...input.statements.map((s) => s.id),
  ...input.events.map((e) => e.id),
  ...input.replies.map((r) => r.id),
];

function buildNews(input: HomeInput, seen: ReadonlySet<string>): NewsItem[] {
  const isNew = (id: string) => !seen.has(id);
  const decisionById = new Map(input.decisions.map((d) => [d.id, d]));
  const newDecisions = input.decisions.filter((d) => isNew(d.id));
  const newDecisionIds = new Set(newDecisions.map((d) => d.id));
  // A new reason for a decision that is itself new is part of that news, not news of its own.
  const decisionsWithNewReasons = [
    ...new Set(
      input.statements
        .filter((s) => isNew(s.id) && !newDecisionIds.has(s.decisionId))
        .map((s) => s.decisionId),
    ),
  ]
    .map((id) => decisionById.get(id))
    .filter((d): d is Decision => d !== undefined);
  return [
    ...newDecisions.map((d) => ({ type: 'decision' as const, id: d.id, title: d.title, decisionId: d.id })),
    ...decisionsWithNewReasons.map((d) => ({
      type: 'statement' as const,
      id: `reasons-${d.id}`,
      title: d.title,
      decisionId: d.id,
    })),
    ...input.events
      .filter((e) => isNew(e.id))
      .map((e) => ({ type: 'event' as const, id: e.id, title: e.title })),
    ...input.replies
      .filter((r) => isNew(r.id))
      .map((r) => ({ type: 'reply' as const, id: r.id, text: r.text })),
  ];
}

/** My next appointment: the first upcoming one I am invited to, else the first upcoming one. */
function nextEventOf(events: CaseEvent[], memberId: string | null, now: string): CaseEvent | null {
  const upcoming = events
    .filter((event) => (event.endsAt ?? event.startsAt) >= now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const mine = upcoming.find((event) => memberId !== null && event.invitedMembers.includes(memberId));
  return mine ?? upcoming[0] ?? null;
}

export function buildHomeView(input: HomeInput): HomeView {
  return {
    deadlines: runningDeadlines(input.decisions, input.today, input.reader, true),
    myContact: buildInvolvedView(input.involvements, input.memberId, input.today).myContact,
    news: input.seen === null ? null : buildNews(input, input.seen),
    nextEvent: nextEventOf(input.events, input.memberId, input.now),
  };
}
