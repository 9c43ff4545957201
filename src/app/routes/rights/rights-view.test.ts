import { describe, expect, it } from 'vitest';
import { aMember, newId } from '../../../data/testing/fixtures';
import { buildRightsView } from './rights-view';

const caseId = newId();
const today = '2026-06-01';

describe('buildRightsView', () => {
  it('gives a young person the rights of their own age, from the birthday itself', () => {
    const turnsTwelveToday = aMember({ caseId, role: 'youth', birthDate: '2014-06-01' });
    const view = buildRightsView(turnsTwelveToday, [turnsTwelveToday], today);

    expect(view.audience === 'youth' && view.mine.band).toBe('12-15');
    expect(view.audience === 'youth' && view.mine.rights).toContain('see-file');
  });

  it('shows a parent each child, oldest first, with the rights that go with that age', () => {
    const parent = aMember({ caseId, role: 'parent', hasCustody: true });
    const lina = aMember({ caseId, role: 'youth', displayName: 'Lina', birthDate: '2019-02-01' });
    const sam = aMember({ caseId, role: 'youth', displayName: 'Sam', birthDate: '2014-03-01' });

    const view = buildRightsView(parent, [parent, lina, sam], today);

    expect(view.audience).toBe('parent');
    if (view.audience !== 'parent') return;
    expect(view.children.map((c) => [c.youth.displayName, c.band])).toEqual([
      ['Sam', '12-15'],
      ['Lina', 'under-12'],
    ]);
    expect(view.children[1]?.nextChange?.turnsAge).toBe(12);
  });

  it('leaves out the rights that need gezag for a parent without it', () => {
    const parent = aMember({ caseId, role: 'parent', hasCustody: false });
    const sam = aMember({ caseId, role: 'youth', birthDate: '2014-03-01' });

    const view = buildRightsView(parent, [parent, sam], today);

    expect(view.audience === 'parent' && view.children[0]?.rights).not.toContain('see-file');
    expect(view.audience === 'parent' && view.children[0]?.rights).toContain('complaint');
  });

  it('shows no age-bound rights when the birth date is unknown', () => {
    const youth = aMember({ caseId, role: 'youth', birthDate: null });
    const view = buildRightsView(youth, [youth], today);
    expect(view.audience === 'youth' && view.mine.band).toBeNull();
  });
});
