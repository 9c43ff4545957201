import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/catalog/dates';
import { ageBandOn, parentMaySeeYouthItem, readsChildTexts, type ParentViewQuestion } from './age-rules';

const born = '2010-06-15';
const question = (today: string, extra: Partial<ParentViewQuestion> = {}): ParentViewQuestion => ({
  kind: 'contribution',
  youthBirthDate: born,
  today,
  youthAllowsParentView: false,
  parentHasCustody: true,
  ...extra,
});

describe('age bands around the birthdays', () => {
  it.each([
    ['2022-06-14', 'under-12'],
    ['2022-06-15', '12-15'],
    ['2026-06-14', '12-15'],
    ['2026-06-15', '16-17'],
    ['2028-06-14', '16-17'],
    ['2028-06-15', '18+'],
  ])('on %s a youth born %s is in band %s', (today, band) => {
    expect(ageBandOn(born, today)).toBe(band);
  });

  it('a youth born on 29 February has a birthday on 29 February in leap years and 1 March otherwise', () => {
    expect(ageBandOn('2012-02-29', '2024-02-28')).toBe('under-12');
    expect(ageBandOn('2012-02-29', '2024-02-29')).toBe('12-15');
    expect(ageBandOn('2012-02-29', '2023-03-01')).toBe('under-12');
  });

  it('an unknown birth date has no band', () => {
    expect(ageBandOn(null, '2025-01-01')).toBeNull();
  });
});

describe('a parent and the youth’s own items', () => {
  it.each([
    // day, kind, consent, custody, expected
    ['2026-06-14', 'contribution', false, false, true],
    ['2026-06-15', 'contribution', false, true, false],
    ['2026-06-15', 'contribution', true, false, true],
    ['2026-06-14', 'details', false, true, true],
    ['2026-06-14', 'details', false, false, false],
    ['2026-06-15', 'details', false, true, false],
    ['2026-06-15', 'details', true, false, true],
    ['2028-06-14', 'contribution', false, true, false],
    ['2028-06-15', 'contribution', false, true, false],
    ['2028-06-15', 'contribution', true, true, true],
    ['2022-06-14', 'contribution', false, null, true],
    ['2022-06-15', 'details', false, true, true],
  ] as const)('on %s a %s (consent %s, custody %s) → %s', (today, kind, consent, custody, allowed) => {
    expect(
      parentMaySeeYouthItem(
        question(today, { kind, youthAllowsParentView: consent, parentHasCustody: custody }),
      ),
    ).toBe(allowed);
  });

  it('an unknown birth date is treated as 16 or older', () => {
    expect(parentMaySeeYouthItem(question('2020-01-01', { youthBirthDate: null }))).toBe(false);
    const consented = question('2020-01-01', { youthBirthDate: null, youthAllowsParentView: true });
    expect(parentMaySeeYouthItem(consented)).toBe(true);
  });
});

describe('youth texts', () => {
  it('a youth reads decisions in youth texts until the day they turn 12', () => {
    expect(readsChildTexts(born, '2022-06-14')).toBe(true);
    expect(readsChildTexts(born, '2022-06-15')).toBe(false);
    expect(readsChildTexts(null, '2022-06-15')).toBe(false);
  });
});

/** A second, independent reading of POLICY.md: counts days since birth via Date, not strings. */
function reference(q: ParentViewQuestion): boolean {
  if (!q.youthBirthDate) return q.youthAllowsParentView;
  const birth = new Date(`${q.youthBirthDate}T00:00:00Z`);
  const sixteenth = new Date(birth);
  sixteenth.setUTCFullYear(birth.getUTCFullYear() + 16);
  // Born on 29 February: the birthday in a common year is 1 March (Date rolls over the same way).
  const isSixteen = new Date(`${q.today}T00:00:00Z`) >= sixteenth;
  if (isSixteen) return q.youthAllowsParentView;
  return q.kind === 'contribution' || q.parentHasCustody === true;
}

describe('property: the policy matches the reference', () => {
  const day = fc
    .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  it('for random birth dates, days, custody and consent', () => {
    fc.assert(
      fc.property(
        fc.option(day, { nil: null }),
        fc.integer({ min: 0, max: 25 * 366 }),
        fc.constantFrom('contribution' as const, 'details' as const),
        fc.boolean(),
        fc.constantFrom(true, false, null),
        (birth, daysLater, kind, consent, custody) => {
          const q: ParentViewQuestion = {
            kind,
            youthBirthDate: birth,
            today: addDays(birth ?? '2010-01-01', daysLater),
            youthAllowsParentView: consent,
            parentHasCustody: custody,
          };
          expect(parentMaySeeYouthItem(q)).toBe(reference(q));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
