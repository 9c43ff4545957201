import type { Day, FamilyRole, Member, MemberRole } from '../domain';
import type { MutationArgs } from './mutations';

/**
 * How a member row follows from member.add / member.update, and what makes one invalid, shared by
 * the server's mutator (which refuses with `bad-request`), the client's optimistic mutator and the
 * console's form (which ties each problem to its field). A duplicate is only a warning: two people
 * can share a name, so the form asks and the server accepts.
 */
export type MemberDetails = Omit<MutationArgs<'member.update'>, 'id'>;

export type MemberField = 'displayName' | 'birthDate' | 'hasCustody';
export type MemberProblemCode = 'required' | 'birth-date-required' | 'birth-date-future' | 'custody-required';
export interface MemberProblem {
  field: MemberField;
  code: MemberProblemCode;
}

/** Every rule the details break for a member of this role, read on `today`; empty when valid. */
export function memberProblems(details: MemberDetails, role: MemberRole, today: Day): MemberProblem[] {
  const problems: MemberProblem[] = [];
  if (details.displayName.trim() === '') problems.push({ field: 'displayName', code: 'required' });
  if (role === 'youth' && !details.birthDate)
    problems.push({ field: 'birthDate', code: 'birth-date-required' });
  if (details.birthDate && details.birthDate > today)
    problems.push({ field: 'birthDate', code: 'birth-date-future' });
  if (role === 'parent' && typeof details.hasCustody !== 'boolean')
    problems.push({ field: 'hasCustody', code: 'custody-required' });
  return problems;
}

/** Gezag only for parents, the 16+ consent only for youth: other roles never carry them. */
function normalised(details: MemberDetails, role: MemberRole) {
  return {
    displayName: details.displayName.trim(),
    hasCustody: role === 'parent' ? details.hasCustody : null,
    youthAllowsParentView: role === 'youth' ? details.youthAllowsParentView : false,
    relation: details.relation ?? null,
    birthDate: details.birthDate ?? null,
    address: details.address ?? null,
    phone: details.phone ?? null,
    email: details.email ?? null,
  };
}

export function newMember(args: MutationArgs<'member.add'>): Member {
  return { id: args.id, caseId: args.caseId, role: args.role, ...normalised(args, args.role), endedOn: null };
}

/** The role, case, end and team role never change through an update. */
export function updatedMember(before: Member, args: MutationArgs<'member.update'>): Member {
  return { ...before, ...normalised(args, before.role) };
}

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/**
 * A member of the case who looks like the same person: same name and role, or same name and birth
 * date. Ended members count too (someone who left may be added again by mistake).
 */
export function likelyDuplicate(
  candidate: { id: string; displayName: string; role: FamilyRole; birthDate?: Day | null },
  members: readonly Member[],
): Member | undefined {
  return members.find(
    (member) =>
      member.id !== candidate.id &&
      sameName(member.displayName, candidate.displayName) &&
      (member.role === candidate.role || (!!candidate.birthDate && member.birthDate === candidate.birthDate)),
  );
}

export const isEnded = (member: Pick<Member, 'endedOn'>) => !!member.endedOn;
