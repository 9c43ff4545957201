// What Wie is betrokken shows, as plain data: my contact first, everyone else by role group, then
// the people who were involved before. Pure, so the ordering rules are unit-tested without a DOM.
import { roleGroupOf, roleGroups, type RoleGroup } from '../../../shared/catalog/roles';
import type { Day, Involvement } from '../../../shared/domain';

export interface ContactChange {
  on: Day;
  previous: Involvement;
}

export interface InvolvedView {
  myContacts: Involvement[];
  groups: { group: RoleGroup; involvements: Involvement[] }[];
  earlier: Involvement[];
  contactChange: ContactChange | null;
  isEmpty: boolean;
}

const bySince = (a: Involvement, b: Involvement) => a.since.localeCompare(b.since);
const byUntilDesc = (a: Involvement, b: Involvement) => (b.until ?? '').localeCompare(a.until ?? '');

/** `until` is the last day someone is involved; after it they are an earlier contact. */
const hasEnded = (involvement: Involvement, today: Day) =>
  involvement.until !== null && involvement.until < today;

export function buildInvolvedView(
  involvements: Involvement[],
  memberId: string | null,
  today: Day,
): InvolvedView {
  const isMine = (involvement: Involvement) => memberId !== null && involvement.contactFor.includes(memberId);
  const current = involvements.filter((involvement) => !hasEnded(involvement, today)).sort(bySince);
  const earlier = involvements.filter((involvement) => hasEnded(involvement, today)).sort(byUntilDesc);

  const myContacts = current.filter(isMine);
  const others = current.filter((involvement) => !isMine(involvement));
  const groups = roleGroups
    .map((group) => ({ group, involvements: others.filter((i) => roleGroupOf[i.roleKey] === group) }))
    .filter((entry) => entry.involvements.length > 0);

  const newest = myContacts.at(-1);
  const previous = earlier.find(isMine);
  const contactChange = newest && previous ? { on: newest.since, previous } : null;

  return { myContacts, groups, earlier, contactChange, isEmpty: involvements.length === 0 };
}

export const todayAsDay = (now = new Date()): Day => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
