import { ageOn } from '../../shared/catalog/dates';
import type { Day } from '../../shared/domain';

/**
 * The Jeugdwet age rules of shared/POLICY.md as one pure function (JW 7.3.15, domain.md "Age
 * thresholds"). The age is counted on the day of the read; a birthday counts from the day itself.
 * - under 12 and 12–15: a parent sees the youth's contributions; the youth's own details (birth
 *   date, phone, email) only with custody (gezag). A 12–15 objection is a `hiddenFrom` the
 *   professional records, and hidden always wins (read-policy.ts), so it is not decided here.
 * - 16–17: a parent sees the youth's own items only with `youthAllowsParentView`.
 * - 18+: the measures end; parents keep only what the youth shares (the same flag).
 * - unknown birth date: treated as 16+ (the strictest band), so a missing date never opens a file.
 * The youth's address is never in this rule: it is usually one parent's address, and POLICY.md
 * keeps addresses "own only".
 */
export const ageBands = ['under-12', '12-15', '16-17', '18+'] as const;
export type AgeBand = (typeof ageBands)[number];

export function ageBandOn(birthDate: Day | null | undefined, today: Day): AgeBand | null {
  if (!birthDate) return null;
  const age = ageOn(birthDate, today);
  if (age < 12) return 'under-12';
  if (age < 16) return '12-15';
  return age < 18 ? '16-17' : '18+';
}

/** The youth's own file items: what they wrote, and their member details. */
export type YouthItemKind = 'contribution' | 'details';

export interface ParentViewQuestion {
  kind: YouthItemKind;
  youthBirthDate: Day | null | undefined;
  today: Day;
  youthAllowsParentView: boolean;
  parentHasCustody: boolean | null;
}

/** May a parent see this item of the youth's own file (before audiences and `hiddenFrom`)? */
export function parentMaySeeYouthItem(question: ParentViewQuestion): boolean {
  const band = ageBandOn(question.youthBirthDate, question.today);
  if (band === 'under-12' || band === '12-15') {
    return question.kind === 'contribution' || question.parentHasCustody === true;
  }
  return question.youthAllowsParentView;
}

/**
 * A youth under 12 reads decisions in the youth texts: the parents' explanation (`meaning.parent`)
 * is left out for them ("information fitting their understanding", JW 7.3.2). An unknown age gets
 * both texts, as any reader of 12 or older.
 */
export const readsChildTexts = (birthDate: Day | null | undefined, today: Day) =>
  ageBandOn(birthDate, today) === 'under-12';
