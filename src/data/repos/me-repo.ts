import type { MeResponse } from '../../shared/api/me';
import { getMeta, setMeta } from './meta-repo';

export async function getMe(): Promise<MeResponse | null> {
  return (await getMeta('me')) ?? null;
}

export async function saveMe(me: MeResponse): Promise<void> {
  await setMeta('me', me);
}

/** The case shown now: the one chosen on this device, else the first membership. */
export async function getCurrentCaseId(): Promise<string | null> {
  const me = await getMe();
  if (!me) return null;
  const chosen = await getMeta('currentCaseId');
  const memberships = me.memberships;
  if (chosen && memberships.some((m) => m.caseId === chosen)) return chosen;
  return memberships[0]?.caseId ?? null;
}

/** Which member I am in the current case, or null without a session or case. */
export async function getMyMembership(): Promise<{ caseId: string; memberId: string } | null> {
  const me = await getMe();
  const caseId = await getCurrentCaseId();
  return me?.memberships.find((m) => m.caseId === caseId) ?? null;
}
