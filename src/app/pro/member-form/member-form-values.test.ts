import { describe, expect, it } from 'vitest';
import { detailsOf, emptyMemberForm, problemsOf } from './member-form-values';

describe('the member form', () => {
  it('asks first what kind of member it is', () => {
    expect(problemsOf(emptyMemberForm, '2026-05-01')).toEqual([{ field: 'role', code: 'role-required' }]);
  });

  it('ties each broken rule to its field', () => {
    const youth = { ...emptyMemberForm, role: 'youth' as const, displayName: 'Sam', birthDate: '2026-06-01' };
    expect(problemsOf(youth, '2026-05-01')).toEqual([{ field: 'birthDate', code: 'birth-date-future' }]);
    const parent = { ...emptyMemberForm, role: 'parent' as const };
    expect(problemsOf(parent, '2026-05-01').map((p) => p.field)).toEqual(['displayName', 'hasCustody']);
  });

  it('turns empty boxes into nothing and the gezag choice into yes or no', () => {
    const values = {
      ...emptyMemberForm,
      role: 'parent' as const,
      displayName: ' Naima ',
      custody: 'no' as const,
      phone: ' ',
    };
    expect(detailsOf(values)).toMatchObject({
      displayName: 'Naima',
      hasCustody: false,
      phone: null,
      birthDate: null,
    });
  });
});
