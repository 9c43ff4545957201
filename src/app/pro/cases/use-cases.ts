import { useLiveQuery } from 'dexie-react-hooks';
import { listCases } from '../../../data/repos/cases-repo';
import { listMembers } from '../../../data/repos/members-repo';
import type { Case } from '../../../shared/domain';

export interface CaseListItem {
  case: Case;
  /** Family members who have not left the case. */
  familyCount: number;
}

/** The professional's cases on this device, by title; undefined while loading. */
export function useCases(): CaseListItem[] | undefined {
  return useLiveQuery(async () => {
    const cases = await listCases();
    return Promise.all(
      cases.map(async (item) => {
        const members = await listMembers(item.id);
        const family = members.filter((m) => m.role !== 'professional' && !m.endedOn);
        return { case: item, familyCount: family.length };
      }),
    );
  });
}
