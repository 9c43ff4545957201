import { useLiveQuery } from 'dexie-react-hooks';
import { loadInboxRows, type InboxRows } from '../../../data/repos/inbox-repo';
import { getMe } from '../../../data/repos/me-repo';

/** The inbox's rows and my member id per case, from this device; undefined while loading. */
export function useInboxRows(): { rows: InboxRows; me: Map<string, string> } | undefined {
  return useLiveQuery(async () => {
    const [rows, me] = await Promise.all([loadInboxRows(), getMe()]);
    return { rows, me: new Map((me?.memberships ?? []).map((m) => [m.caseId, m.memberId])) };
  }, []);
}
