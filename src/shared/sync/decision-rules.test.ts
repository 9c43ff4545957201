import { describe, expect, it } from 'vitest';
import { decisionDateProblems } from './decision-rules';

describe('the date rules of a decision', () => {
  it('accepts an OTS of exactly twelve months, with a review in between', () => {
    expect(
      decisionDateProblems({
        kind: 'ots',
        startsOn: '2026-03-01',
        endsOn: '2027-03-01',
        reviewOn: '2026-09-01',
      }),
    ).toEqual([]);
  });

  it('refuses an OTS one day longer than the law allows, and says until when it may last', () => {
    expect(
      decisionDateProblems({ kind: 'ots', startsOn: '2026-03-01', endsOn: '2027-03-02', reviewOn: null }),
    ).toEqual([{ field: 'endsOn', code: 'longer-than-law', maxEndsOn: '2027-03-01' }]);
  });

  it('refuses an end on or before the start, and a review before the start', () => {
    expect(
      decisionDateProblems({
        kind: 'other',
        startsOn: '2026-03-01',
        endsOn: '2026-03-01',
        reviewOn: '2026-02-28',
      }),
    ).toEqual([
      { field: 'endsOn', code: 'ends-before-start' },
      { field: 'reviewOn', code: 'review-before-start' },
    ]);
  });

  it('sets no maximum where the law sets none', () => {
    expect(
      decisionDateProblems({
        kind: 'plan-van-aanpak',
        startsOn: '2026-03-01',
        endsOn: '2030-01-01',
        reviewOn: null,
      }),
    ).toEqual([]);
  });
});
