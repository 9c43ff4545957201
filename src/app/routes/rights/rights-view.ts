// Which rights Mijn rechten shows, as plain data. A young person sees their own rights by their age;
// a parent sees, per child in the case, the rights that go with that child's age (and with having
// gezag or not). Pure, so the age boundaries are unit-tested.
import { ageOn } from '../../../shared/catalog/dates';
import {
  ageBand,
  nextBirthdayChange,
  rightsFor,
  type AgeBand,
  type BirthdayChange,
  type RightKey,
  type RightsAudience,
} from '../../../shared/catalog/rights';
import type { Day, Member } from '../../../shared/domain';

export interface RightsForAge {
  /** The young person these rights are about. */
  youth: Member;
  age: number | null;
  band: AgeBand | null;
  rights: readonly RightKey[];
  nextChange: BirthdayChange | null;
}

export type RightsView =
  | { audience: 'youth'; mine: RightsForAge }
  | { audience: 'parent'; hasCustody: boolean; children: RightsForAge[] }
  | { audience: 'other' };

function rightsForYouth(youth: Member, audience: RightsAudience, today: Day): RightsForAge {
  if (!youth.birthDate) return { youth, age: null, band: null, rights: [], nextChange: null };
  const age = ageOn(youth.birthDate, today);
  const band = ageBand(age);
  return {
    youth,
    age,
    band,
    rights: rightsFor(audience, band),
    nextChange: nextBirthdayChange(youth.birthDate, today, audience),
  };
}

export function buildRightsView(me: Member | null, members: Member[], today: Day): RightsView {
  if (me?.role === 'youth') return { audience: 'youth', mine: rightsForYouth(me, { role: 'youth' }, today) };
  if (me?.role !== 'parent') return { audience: 'other' };
  const audience: RightsAudience = { role: 'parent', hasCustody: me.hasCustody };
  const children = members
    .filter((member) => member.role === 'youth')
    // Oldest first: their rights change soonest and matter most in court.
    .sort((a, b) => (a.birthDate ?? '9999').localeCompare(b.birthDate ?? '9999'))
    .map((youth) => rightsForYouth(youth, audience, today));
  return { audience: 'parent', hasCustody: me.hasCustody === true, children };
}
