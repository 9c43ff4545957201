import { useLiveQuery } from 'dexie-react-hooks';
import { countOpenContributions, type ContributionCounts } from '../../../data/repos/contributions-repo';
import { listDecisions } from '../../../data/repos/decisions-repo';
import { listEvents } from '../../../data/repos/events-repo';
import { listRefusedWrites, type RefusedWrite } from '../../../data/sync/write-outcome';
import { todayInNl } from '../../../shared/catalog/dates';
import { upcomingOf, type Upcoming } from './overview-view';

export interface OverviewExtras {
  upcoming: Upcoming[];
  counts: ContributionCounts;
  refused: RefusedWrite[];
}

/** Reads only IndexedDB (works offline); undefined while loading. */
export function useOverviewExtras(caseId: string): OverviewExtras | undefined {
  return useLiveQuery(async () => {
    const [decisions, events, counts, refused] = await Promise.all([
      listDecisions(caseId),
      listEvents(caseId),
      countOpenContributions(caseId),
      listRefusedWrites(caseId),
    ]);
    return {
      upcoming: upcomingOf(decisions, events, todayInNl(), new Date().toISOString()),
      counts,
      refused,
    };
  }, [caseId]);
}
