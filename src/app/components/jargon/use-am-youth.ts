import { useLiveQuery } from 'dexie-react-hooks';
import { getMyMembership } from '../../../data/repos/me-repo';
import { getMember } from '../../../data/repos/members-repo';

/** Whether the person using the app is a young person in the current case (they get youth texts). */
export function useAmYouth(): boolean {
  return (
    useLiveQuery(async () => {
      const membership = await getMyMembership();
      const member = membership ? await getMember(membership.memberId) : null;
      return member?.role === 'youth';
    }) ?? false
  );
}
