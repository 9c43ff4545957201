// What Wie is betrokken shows, as plain data: my contact first, everyone else by role group, then
// the people who were involved before. Pure, so the ordering rules are unit-tested without a DOM.
import { roleGroupOf, roleGroups, type RoleGroup, type RoleKey } from '../../../shared/catalog/roles';
import type { Day, Involvement } from '../../../shared/domain';

export interface ContactChange {
  on: Day;
  previous: Involvement;
}

export interface InvolvedView {
  myContact: Involvement | null;
  groups: { group: RoleGroup; involvements: Involvement[] }[];
  earlier: Involvement[];
  contactChange: ContactChange | null;
  isEmpty: boolean;
}

/**
 * Several people can list me as theirs (my own lawyer, a social worker). "Mijn contactpersoon" is the
 * one who carries the case: the jeugdbeschermer during a measure, else the wijkteam, and so on.
 * Everyone else who is mine still appears in their own group.
 */
const contactPriority: RoleKey[] = ['gi', 'wijkteam', 'veilig-thuis', 'raad', 'jeugdhulp', 'pleegzorg'];
const priorityOf = (involvement: Involvement) => {
  const index = contactPriority.indexOf(involvement.roleKey);
  return index === -1 ? contactPriority.length : index;
};

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

  const myContact =
    current
      .filter(isMine)
      .sort((a, b) => priorityOf(a) - priorityOf(b) || b.since.localeCompare(a.since))[0] ?? null;
  const others = current.filter((involvement) => involvement !== myContact);
  const groups = roleGroups
    .map((group) => ({ group, involvements: others.filter((i) => roleGroupOf[i.roleKey] === group) }))
    .filter((entry) => entry.involvements.length > 0);

  const previous = myContact && earlier.find((i) => isMine(i) && i.roleKey === myContact.roleKey);
  const contactChange = myContact && previous ? { on: myContact.since, previous } : null;

  return { myContact, groups, earlier, contactChange, isEmpty: involvements.length === 0 };
}

export const todayAsDay = (now = new Date()): Day => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
