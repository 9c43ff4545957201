import { describe, expect, it } from 'vitest';
import { emptyEventForm, eventOf, eventProblems, formOfEvent } from './event-form-values';

const filled = {
  ...emptyEventForm,
  title: 'Zitting',
  date: '2026-12-10',
  startTime: '10:00',
  endTime: '11:30',
};

describe('the event form', () => {
  it('needs a title, a day and a start time, and an end after the start', () => {
    expect(eventProblems(emptyEventForm).map((p) => p.code)).toEqual([
      'title-required',
      'date-required',
      'time-required',
    ]);
    expect(eventProblems({ ...filled, endTime: '09:00' })).toEqual([
      { field: 'endTime', code: 'end-before-start' },
    ]);
    expect(eventProblems({ ...filled, withheld: [{ memberId: 'm', reason: ' ' }] })).toEqual([
      { field: 'withheld-m', code: 'withheld-reason-required' },
    ]);
    expect(eventProblems(filled)).toEqual([]);
  });

  it('becomes a row whose times read back as typed', () => {
    const row = eventOf({ ...filled, place: ' Rechtbank ', prepareNote: '' }, { id: 'e', caseId: 'c' });
    expect(row).toMatchObject({ place: 'Rechtbank', prepareNote: null, title: 'Zitting' });
    expect(new Date(row.endsAt!).getTime() - new Date(row.startsAt).getTime()).toBe(90 * 60_000);
    expect(formOfEvent(row)).toMatchObject({ date: '2026-12-10', startTime: '10:00', endTime: '11:30' });
  });
});
