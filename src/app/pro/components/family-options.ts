import type { Member } from '../../../shared/domain';

/** The family members still in the case, as options of a choice field (e.g. who is invited). */
export const familyOptions = (members: readonly Member[]) =>
  members
    .filter((m) => m.role !== 'professional' && !m.endedOn)
    .map((m) => ({ value: m.id, label: m.displayName }));
