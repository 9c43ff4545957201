import { useLiveQuery } from 'dexie-react-hooks';
import { countOpenContributions, type ContributionCounts } from '../../../data/repos/contributions-repo';
import { listDecisions } from '../../../data/repos/decisions-repo';
import { listEvents } from '../../../data/repos/events-repo';
import { listStatements } from '../../../data/repos/statements-repo';
import { listRefusedWrites, type RefusedWrite } from '../../../data/sync/write-outcome';
import { todayInNl } from '../../../shared/catalog/dates';
import { uncheckedReasons, type UncheckedReason } from '../reasons/stale-reasons';
import { upcomingOf, type Upcoming } from './overview-view';

export interface OverviewExtras {
  upcoming: Upcoming[];
  counts: ContributionCounts;
  refused: RefusedWrite[];
  unchecked: UncheckedReason[];
}

/** Reads only IndexedDB (works offline); undefined while loading. */
export function useOverviewExtras(caseId: string): OverviewExtras | undefined {
  return useLiveQuery(async () => {
    const [decisions, events, counts, refused, statements] = await Promise.all([
      listDecisions(caseId),
      listEvents(caseId),
      countOpenContributions(caseId),
      listRefusedWrites(caseId),
      listStatements(caseId),
    ]);
    const today = todayInNl();
    return {
      upcoming: upcomingOf(decisions, events, today, new Date().toISOString()),
      counts,
      refused,
      unchecked: uncheckedReasons(decisions, statements, today),
    };
  }, [caseId]);
}
