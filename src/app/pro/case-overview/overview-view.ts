// What the case overview shows as "Binnenkort", as plain data: the next appointments, terms to object
// that are running, and decisions that end or are reviewed soon. Pure, so it is unit-tested.
import type { ObjectionRoute } from '../../../shared/catalog/measures';
import type { CaseEvent, Day, Decision } from '../../../shared/domain';
import { runningDeadlines } from '../../routes/decisions/decisions-view';

export type Upcoming =
  | { kind: 'event'; id: string; date: Day; title: string }
  | { kind: 'objection'; id: string; date: Day; title: string; route: ObjectionRoute }
  | { kind: 'decision-ends' | 'decision-review'; id: string; date: Day; title: string };

const professionalReader = { role: 'professional', age: null, hasCustody: null } as const;
const MAX = 6;

export function upcomingOf(decisions: Decision[], events: CaseEvent[], today: Day, now: string): Upcoming[] {
  const items: Upcoming[] = [
    ...events
      .filter((event) => (event.endsAt ?? event.startsAt) >= now)
      .map((event) => ({
        kind: 'event' as const,
        id: event.id,
        date: event.startsAt.slice(0, 10),
        title: event.title,
      })),
    ...runningDeadlines(decisions, today, professionalReader).map((deadline) => ({
      kind: 'objection' as const,
      id: `${deadline.decision.id}-${deadline.route}`,
      date: deadline.deadline,
      title: deadline.decision.title,
      route: deadline.route,
    })),
    ...decisions.flatMap((decision) => {
      const ahead = (day: Day | null): day is Day => day !== null && day >= today;
      const ends = ahead(decision.endsOn)
        ? [
            {
              kind: 'decision-ends' as const,
              id: `${decision.id}-ends`,
              date: decision.endsOn,
              title: decision.title,
            },
          ]
        : [];
      const review = ahead(decision.reviewOn)
        ? [
            {
              kind: 'decision-review' as const,
              id: `${decision.id}-review`,
              date: decision.reviewOn,
              title: decision.title,
            },
          ]
        : [];
      return decision.status === 'ended' ? [] : [...ends, ...review];
    }),
  ];
  return items.sort((a, b) => a.date.localeCompare(b.date)).slice(0, MAX);
}
