// The involvement form's values as typed and the row they become. Pure, unit-tested.
import type { RoleKey } from '../../../shared/catalog/roles';
import type { Day, Involvement } from '../../../shared/domain';

export interface InvolvementFormValues {
  roleKey: RoleKey;
  organisation: string;
  personName: string;
  function: string;
  phone: string;
  email: string;
  hours: string;
  since: string;
  contactFor: string[];
  contactHiddenFrom: string[];
}

export const emptyInvolvementForm = (today: Day): InvolvementFormValues => ({
  roleKey: 'gi',
  organisation: '',
  personName: '',
  function: '',
  phone: '',
  email: '',
  hours: '',
  since: today,
  contactFor: [],
  contactHiddenFrom: [],
});

export function formOfInvolvement(involvement: Involvement): InvolvementFormValues {
  return {
    roleKey: involvement.roleKey,
    organisation: involvement.organisation,
    personName: involvement.personName ?? '',
    function: involvement.function ?? '',
    phone: involvement.contact?.phone ?? '',
    email: involvement.contact?.email ?? '',
    hours: involvement.contact?.hours ?? '',
    since: involvement.since,
    contactFor: [...involvement.contactFor],
    contactHiddenFrom: [...(involvement.contactHiddenFrom ?? [])],
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export type InvolvementProblem = {
  field: 'organisation' | 'since';
  code: 'organisation-required' | 'since-required';
};

export function involvementProblems(values: InvolvementFormValues): InvolvementProblem[] {
  const problems: InvolvementProblem[] = [];
  if (values.organisation.trim() === '')
    problems.push({ field: 'organisation', code: 'organisation-required' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since)) problems.push({ field: 'since', code: 'since-required' });
  return problems;
}

/** The whole row for involvement.put; what the form does not show (end, withheld items) stays as it was. */
export function involvementOf(
  values: InvolvementFormValues,
  base: { id: string; caseId: string; before?: Involvement },
): Involvement {
  const contact = { phone: orNull(values.phone), email: orNull(values.email), hours: orNull(values.hours) };
  const hasContact = contact.phone !== null || contact.email !== null || contact.hours !== null;
  return {
    ...base.before,
    id: base.id,
    caseId: base.caseId,
    roleKey: values.roleKey,
    organisation: values.organisation.trim(),
    personName: orNull(values.personName),
    function: orNull(values.function),
    contact: hasContact ? contact : null,
    contactFor: values.contactFor,
    since: values.since,
    until: base.before?.until ?? null,
    contactHiddenFrom: values.contactHiddenFrom,
  };
}
