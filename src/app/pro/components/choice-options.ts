// The people of a case as options of a choice field (who is invited, who decided, …).
import type { Involvement, Member } from '../../../shared/domain';

/** The family members still in the case. */
export const familyOptions = (members: readonly Member[]) =>
  members
    .filter((m) => m.role !== 'professional' && !m.endedOn)
    .map((m) => ({ value: m.id, label: m.displayName }));

/** Someone involved, by name and organisation, or by organisation alone. */
export const involvementOption = (involvement: Involvement) => ({
  value: involvement.id,
  label: involvement.personName
    ? `${involvement.personName}, ${involvement.organisation}`
    : involvement.organisation,
});
