import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, daysBetween } from './dates';

describe('calendar days', () => {
  it('adds days across a month end', () => expect(addDays('2026-01-25', 14)).toBe('2026-02-08'));
  it('clamps a month end that does not exist', () => expect(addMonths('2026-11-30', 3)).toBe('2027-02-28'));
  it('counts days between dates, negative when earlier', () => {
    expect(daysBetween('2026-11-28', '2026-12-12')).toBe(14);
    expect(daysBetween('2026-12-12', '2026-11-28')).toBe(-14);
  });
  it('turns 12 on the birthday, not the day before', () => {
    expect(ageOn('2014-05-10', '2026-05-09')).toBe(11);
    expect(ageOn('2014-05-10', '2026-05-10')).toBe(12);
  });
});
