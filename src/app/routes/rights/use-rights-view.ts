import { useLiveQuery } from 'dexie-react-hooks';
import { todayInNl } from '../../../shared/catalog/dates';
import type { Involvement } from '../../../shared/domain';
import { listInvolvements } from '../../../data/repos/involvements-repo';
import { getMyMembership } from '../../../data/repos/me-repo';
import { listMembers } from '../../../data/repos/members-repo';
import { buildRightsView, type RightsView } from './rights-view';

/** People in the case who help with rights: shown under "Wie kan je helpen?". */
const helperRoles = ['vertrouwenspersoon', 'advocaat', 'bijzondere-curator'] as const;
export type HelperRole = (typeof helperRoles)[number];

export interface RightsPageData {
  view: RightsView;
  helpers: Record<HelperRole, Involvement[]>;
}

/** Reads only IndexedDB, so the page works offline; undefined while loading. */
export function useRightsView(): RightsPageData | undefined {
  return useLiveQuery(async () => {
    const membership = await getMyMembership();
    const [members, involvements] = membership
      ? await Promise.all([listMembers(membership.caseId), listInvolvements(membership.caseId)])
      : [[], []];
    const me = members.find((m) => m.id === membership?.memberId) ?? null;
    const today = todayInNl();
    // Someone else's own lawyer is not my helper; people without a "for" are there for everyone.
    const helps = (i: Involvement) =>
      (i.until === null || i.until >= today) &&
      (i.contactFor.length === 0 || (me !== null && i.contactFor.includes(me.id)));
    const helpers = Object.fromEntries(
      helperRoles.map((role) => [role, involvements.filter((i) => i.roleKey === role && helps(i))]),
    ) as Record<HelperRole, Involvement[]>;
    return { view: buildRightsView(me, members, today), helpers };
  });
}
