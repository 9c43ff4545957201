import { describe, expect, it } from 'vitest';
import { emptyInvolvementForm, involvementOf, involvementProblems } from './involvement-form-values';

const caseId = '9e21e000-0001-4000-8000-000000000001';
const id = '9e21e000-0004-4000-8000-000000000099';

describe('the involvement form', () => {
  it('needs an organisation and a start date', () => {
    const values = { ...emptyInvolvementForm('2026-05-01'), since: '' };
    expect(involvementProblems(values).map((p) => p.field)).toEqual(['organisation', 'since']);
  });

  it('keeps the end and the withheld lists it does not show, and has no contact when none is given', () => {
    const values = { ...emptyInvolvementForm('2026-05-01'), organisation: ' Jeugdbescherming ' };
    const before = involvementOf(values, { id, caseId });
    const ended = { ...before, until: '2026-04-30', hiddenFrom: [caseId] };
    const after = involvementOf({ ...values, phone: '06 1234' }, { id, caseId, before: ended });
    expect(before).toMatchObject({ organisation: 'Jeugdbescherming', contact: null, until: null });
    expect(after).toMatchObject({
      until: '2026-04-30',
      hiddenFrom: [caseId],
      contact: { phone: '06 1234', email: null },
    });
  });
});
