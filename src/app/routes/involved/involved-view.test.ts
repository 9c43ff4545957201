import { describe, expect, it } from 'vitest';
import { anInvolvement, newId } from '../../../data/testing/fixtures';
import { buildInvolvedView, todayAsDay } from './involved-view';

const caseId = newId();
const memberId = newId();
const today = '2025-06-01';

describe('buildInvolvedView', () => {
  it('puts my current contact on top and everyone else in role-group order', () => {
    const school = anInvolvement({ caseId, roleKey: 'school' });
    const judge = anInvolvement({ caseId, roleKey: 'kinderrechter' });
    const wijkteam = anInvolvement({ caseId, roleKey: 'wijkteam' });
    const mine = anInvolvement({ caseId, roleKey: 'gi', contactFor: [memberId] });

    const view = buildInvolvedView([school, judge, mine, wijkteam], memberId, today);

    expect(view.myContact).toEqual(mine);
    expect(view.groups.map((g) => g.group)).toEqual(['help', 'court', 'daily-life']);
  });

  it('picks the jeugdbeschermer as my contact when my own lawyer lists me too', () => {
    const lawyer = anInvolvement({
      caseId,
      roleKey: 'advocaat',
      contactFor: [memberId],
      since: '2025-05-01',
    });
    const gi = anInvolvement({ caseId, roleKey: 'gi', contactFor: [memberId], since: '2024-01-01' });

    const view = buildInvolvedView([lawyer, gi], memberId, today);

    expect(view.myContact).toEqual(gi);
    expect(view.groups).toEqual([{ group: 'court', involvements: [lawyer] }]);
  });

  it('keeps someone whose end date is still ahead among the people involved now', () => {
    const leaving = anInvolvement({ caseId, until: '2025-06-30' });
    const left = anInvolvement({ caseId, until: '2025-05-31' });

    const view = buildInvolvedView([leaving, left], memberId, today);

    expect(view.groups.flatMap((g) => g.involvements)).toEqual([leaving]);
    expect(view.earlier).toEqual([left]);
  });

  it('notes the day my contact changed and who it was before', () => {
    const before = anInvolvement({
      caseId,
      contactFor: [memberId],
      since: '2024-01-01',
      until: '2025-01-31',
    });
    const now = anInvolvement({ caseId, contactFor: [memberId], since: '2025-02-01' });

    expect(buildInvolvedView([before, now], memberId, today).contactChange).toEqual({
      on: '2025-02-01',
      previous: before,
    });
  });

  it('shows no contact of mine when I am not in the case', () => {
    const view = buildInvolvedView([anInvolvement({ caseId, contactFor: [memberId] })], null, today);
    expect(view.myContact).toBeNull();
    expect(view.isEmpty).toBe(false);
  });

  it('writes today as a local calendar day', () => {
    expect(todayAsDay(new Date(2025, 0, 9, 23, 30))).toBe('2025-01-09');
  });
});
