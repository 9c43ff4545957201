// The member form's values as typed (strings, nothing chosen yet) and the args they become.
// Pure, so the mapping and the field problems are unit-tested without a DOM.
import type { Day, FamilyRole, Member } from '../../../shared/domain';
import { memberProblems, type MemberDetails, type MemberField } from '../../../shared/sync/member-rules';

export interface MemberFormValues {
  role: FamilyRole | null;
  displayName: string;
  custody: 'yes' | 'no' | null;
  birthDate: string;
  consent: boolean;
  relation: string;
  phone: string;
  email: string;
  address: string;
}

export const emptyMemberForm: MemberFormValues = {
  role: null,
  displayName: '',
  custody: null,
  birthDate: '',
  consent: false,
  relation: '',
  phone: '',
  email: '',
  address: '',
};

export function formOfMember(member: Member): MemberFormValues {
  return {
    role: member.role === 'professional' ? null : member.role,
    displayName: member.displayName,
    custody: member.hasCustody === null ? null : member.hasCustody ? 'yes' : 'no',
    birthDate: member.birthDate ?? '',
    consent: member.youthAllowsParentView,
    relation: member.relation ?? '',
    phone: member.phone ?? '',
    email: member.email ?? '',
    address: member.address ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function detailsOf(values: MemberFormValues): MemberDetails {
  return {
    displayName: values.displayName.trim(),
    hasCustody: values.custody === null ? null : values.custody === 'yes',
    youthAllowsParentView: values.consent,
    relation: orNull(values.relation),
    birthDate: orNull(values.birthDate),
    phone: orNull(values.phone),
    email: orNull(values.email),
    address: orNull(values.address),
  };
}

/** The ids of the form's fields, also the targets of the error summary. */
export const memberFieldIds: Record<MemberField | 'role', string> = {
  role: 'member-role',
  displayName: 'member-name',
  birthDate: 'member-birth-date',
  hasCustody: 'member-custody',
};

export type MemberFormProblem = { field: MemberField | 'role'; code: string };

export function problemsOf(values: MemberFormValues, today: Day): MemberFormProblem[] {
  if (!values.role) return [{ field: 'role', code: 'role-required' }];
  return memberProblems(detailsOf(values), values.role, today);
}
