import { describe, expect, it } from 'vitest';
import type { Member } from '../domain';
import {
  likelyDuplicate,
  memberProblems,
  newMember,
  updatedMember,
  type MemberDetails,
} from './member-rules';

const today = '2026-05-01';
const details = (extra: Partial<MemberDetails> = {}): MemberDetails => ({
  displayName: 'Naima',
  hasCustody: true,
  youthAllowsParentView: false,
  relation: null,
  birthDate: null,
  ...extra,
});
const caseId = '9e21e000-0001-4000-8000-000000000001';

describe('the rules for a member a professional enters', () => {
  it('a youth needs a birth date, and it may not lie in the future', () => {
    expect(memberProblems(details({ hasCustody: null }), 'youth', today)).toEqual([
      { field: 'birthDate', code: 'birth-date-required' },
    ]);
    expect(memberProblems(details({ birthDate: '2026-05-02' }), 'youth', today)).toEqual([
      { field: 'birthDate', code: 'birth-date-future' },
    ]);
    expect(memberProblems(details({ birthDate: today }), 'youth', today)).toEqual([]);
  });

  it('a parent states gezag yes or no; a network member does not', () => {
    expect(memberProblems(details({ hasCustody: null }), 'parent', today)).toEqual([
      { field: 'hasCustody', code: 'custody-required' },
    ]);
    expect(memberProblems(details({ hasCustody: false }), 'parent', today)).toEqual([]);
    expect(memberProblems(details({ hasCustody: null }), 'network', today)).toEqual([]);
  });

  it('a name of only spaces is no name', () => {
    expect(memberProblems(details({ displayName: '  ' }), 'network', today)).toEqual([
      { field: 'displayName', code: 'required' },
    ]);
  });
});

describe('building the member row', () => {
  it('keeps gezag only for parents and the consent only for youth', () => {
    const id = '9e21e000-0003-4000-8000-000000000009';
    const youth = newMember({
      id,
      caseId,
      role: 'youth',
      ...details({ hasCustody: true, youthAllowsParentView: true, birthDate: '2014-01-01' }),
    });
    expect(youth).toMatchObject({ hasCustody: null, youthAllowsParentView: true, endedOn: null });
    const network = newMember({ id, caseId, role: 'network', ...details({ youthAllowsParentView: true }) });
    expect(network).toMatchObject({ hasCustody: null, youthAllowsParentView: false });
  });

  it('an update never changes the role, the case or the end', () => {
    const before: Member = {
      ...newMember({ id: caseId, caseId, role: 'parent', ...details() }),
      endedOn: null,
    };
    const after = updatedMember(before, {
      id: before.id,
      ...details({ displayName: ' Naima B. ', hasCustody: false }),
    });
    expect(after).toMatchObject({ role: 'parent', caseId, displayName: 'Naima B.', hasCustody: false });
  });
});

describe('a likely duplicate', () => {
  const naima = newMember({ id: caseId, caseId, role: 'parent', ...details() });
  it('is someone with the same name and role, whatever the capitals', () => {
    const candidate = { id: 'other', displayName: 'naima ', role: 'parent' as const };
    expect(likelyDuplicate(candidate, [naima])).toBe(naima);
    expect(likelyDuplicate({ ...candidate, role: 'network' }, [naima])).toBeUndefined();
  });
  it('is not the member being edited', () => {
    expect(likelyDuplicate({ id: naima.id, displayName: 'Naima', role: 'parent' }, [naima])).toBeUndefined();
  });
});
