import { describe, expect, it } from 'vitest';
import { correctionAnswerDue, durationProgress, isStale, objectionOptions, type Reader } from './deadlines';
import { measureKeys, type MeasureKey, type ObjectionRoute } from './measures';

const mother: Reader = { role: 'parent', age: null, hasCustody: true };
const fatherWithoutCustody: Reader = { role: 'parent', age: null, hasCustody: false };
const youth = (age: number | null): Reader => ({ role: 'youth', age, hasCustody: null });
const fosterMother: Reader = { role: 'network', age: null, hasCustody: null };
const worker: Reader = { role: 'professional', age: null, hasCustody: null };

const decided = (kind: MeasureKey, decidedOn = '2026-03-10') => ({
  kind,
  decidedOn,
  status: 'in-effect' as const,
});
const option = (
  kind: MeasureKey,
  route: ObjectionRoute,
  today: string,
  reader = mother,
  decidedOn?: string,
) => {
  const found = objectionOptions(decided(kind, decidedOn), today, reader).find((o) => o.route === route);
  if (!found) throw new Error(`${kind} has no route ${route}`);
  return found;
};

/** Per measure: the route with a court deadline and that deadline for a decision of 2026-03-10. */
const courtDeadline: Record<MeasureKey, [ObjectionRoute, string] | null> = {
  'voorlopige-ots': null,
  ots: ['appeal', '2026-06-10'],
  'ots-verlenging': ['appeal', '2026-06-10'],
  'machtiging-uhp': ['appeal', '2026-06-10'],
  'spoed-uhp': null,
  gezagsbeeindiging: ['appeal', '2026-06-10'],
  'voorlopige-voogdij': null,
  'gesloten-jeugdhulp': ['appeal', '2026-06-10'],
  'schriftelijke-aanwijzing': ['cancel-instruction', '2026-03-24'],
  'plan-van-aanpak': null,
  perspectiefbesluit: null,
  other: null,
};

describe('objection options', () => {
  describe.each(measureKeys)('for %s', (kind) => {
    const options = objectionOptions(decided(kind), '2026-03-11', mother);
    const court = courtDeadline[kind];

    if (court) {
      it(`gives ${court[0]} a deadline of ${court[1]}`, () => {
        const o = options.find((x) => x.route === court[0]);
        expect(o).toMatchObject({ deadline: court[1], expired: false });
      });
    } else {
      it('shows no court deadline at all', () =>
        expect(options.every((o) => o.deadline === null && o.daysLeft === null && !o.expired)).toBe(true));
    }

    it('leaves every other route without a deadline', () => {
      for (const o of options.filter((x) => x.route !== court?.[0])) expect(o.deadline).toBeNull();
    });

    it('always offers a complaint, to any young person too', () => {
      expect(options.some((o) => o.route === 'complaint')).toBe(true);
      expect(option(kind, 'complaint', '2026-03-11', youth(8)).mayUse).toBe(true);
    });

    it('starts no deadline while the decision is only proposed', () => {
      const proposed = objectionOptions({ ...decided(kind), status: 'proposed' }, '2026-03-11', mother);
      expect(proposed.every((o) => o.deadline === null && !o.expired)).toBe(true);
    });
  });

  it('offers a voorlopige OTS no appeal and no deadline', () => {
    const options = objectionOptions(decided('voorlopige-ots'), '2026-03-11', mother);
    expect(options.map((o) => o.route)).not.toContain('appeal');
    expect(options.every((o) => o.deadline === null)).toBe(true);
  });

  describe('around the last day of an appeal', () => {
    it('has one day left the day before', () =>
      expect(option('ots', 'appeal', '2026-06-09')).toMatchObject({ daysLeft: 1, expired: false }));
    it('still allows it on the last day itself', () =>
      expect(option('ots', 'appeal', '2026-06-10')).toMatchObject({ daysLeft: 0, expired: false }));
    it('has expired the day after, without a negative count', () =>
      expect(option('ots', 'appeal', '2026-06-11')).toMatchObject({ daysLeft: 0, expired: true }));
  });

  describe('around the last day to ask the judge to cancel an instruction', () => {
    it('counts 14 days from the day it was sent', () =>
      expect(option('schriftelijke-aanwijzing', 'cancel-instruction', '2026-03-10')).toMatchObject({
        deadline: '2026-03-24',
        daysLeft: 14,
      }));
    it('still allows it on day 14', () =>
      expect(option('schriftelijke-aanwijzing', 'cancel-instruction', '2026-03-24')).toMatchObject({
        daysLeft: 0,
        expired: false,
      }));
    it('has expired on day 15', () =>
      expect(option('schriftelijke-aanwijzing', 'cancel-instruction', '2026-03-25').expired).toBe(true));
  });

  it('moves a deadline on the 30th to the last day of February', () =>
    expect(option('ots', 'appeal', '2026-12-01', mother, '2026-11-30').deadline).toBe('2027-02-28'));

  it('counts a deadline across a month end in calendar days', () =>
    expect(
      option('schriftelijke-aanwijzing', 'cancel-instruction', '2026-01-26', mother, '2026-01-25'),
    ).toMatchObject({
      deadline: '2026-02-08',
      daysLeft: 13,
    }));

  describe('who may use a route', () => {
    const cancel = (reader: Reader) =>
      option('schriftelijke-aanwijzing', 'cancel-instruction', '2026-03-11', reader);

    it('lets a 12-year-old ask the judge to cancel an instruction', () =>
      expect(cancel(youth(12)).mayUse).toBe(true));
    it('does not let an 11-year-old ask that', () => expect(cancel(youth(11)).mayUse).toBe(false));
    it('does not let a young person of unknown age ask that', () =>
      expect(cancel(youth(null)).mayUse).toBe(false));
    it('lets a parent with gezag ask that', () => expect(cancel(mother).mayUse).toBe(true));
    it('does not let a parent without gezag ask that', () =>
      expect(cancel(fatherWithoutCustody).mayUse).toBe(false));
    it('does not let a parent whose gezag is unknown ask that', () =>
      expect(cancel({ ...mother, hasCustody: null }).mayUse).toBe(false));
    it('does not promise a parent without gezag an appeal: that depends on taking part (ask a lawyer)', () => {
      const appeal = option('ots', 'appeal', '2026-03-11', fatherWithoutCustody);
      expect(appeal.mayUse).toBe(false);
      expect(appeal.who).toContain('parent-if-party');
    });
    it('lets a 12-year-old appeal a gesloten jeugdhulp decision', () =>
      expect(option('gesloten-jeugdhulp', 'appeal', '2026-03-11', youth(12)).mayUse).toBe(true));
    it('lets a parent without gezag ask for gezag back', () =>
      expect(option('gezagsbeeindiging', 'restore-custody', '2026-03-11', fatherWithoutCustody).mayUse).toBe(
        true,
      ));
    it('does not let a young person appeal alone', () =>
      expect(option('ots', 'appeal', '2026-03-11', youth(15)).mayUse).toBe(false));
    it('lets a foster parent ask to end a placement', () =>
      expect(option('machtiging-uhp', 'ask-withdrawal', '2026-03-11', fosterMother).mayUse).toBe(true));
    it('lets a foster parent complain', () =>
      expect(option('ots', 'complaint', '2026-03-11', fosterMother).mayUse).toBe(true));
    it('gives a professional none of the family routes', () =>
      expect(objectionOptions(decided('ots'), '2026-03-11', worker).some((o) => o.mayUse)).toBe(false));
  });

  it('keeps the source next to each route: BW 1:264 for the judge route against an aanwijzing', () =>
    expect(option('schriftelijke-aanwijzing', 'cancel-instruction', '2026-03-11').source.law).toBe(
      'BW 1:264',
    ));

  describe('for a schriftelijke aanwijzing sent on Tuesday 10 March', () => {
    const cancel = (today: string) => option('schriftelijke-aanwijzing', 'cancel-instruction', today);
    it('starts counting the next day: 14 days left on the 10th', () =>
      expect(cancel('2026-03-10').daysLeft).toBe(14));
    it('still runs on Tuesday 24 March, the last day', () =>
      expect(cancel('2026-03-24')).toMatchObject({ daysLeft: 0, expired: false }));
    it('has passed on Wednesday 25 March', () => expect(cancel('2026-03-25').expired).toBe(true));
  });

  describe('for a decision of the kinderrechter', () => {
    it.each(['ots', 'ots-verlenging', 'machtiging-uhp', 'gezagsbeeindiging', 'gesloten-jeugdhulp'] as const)(
      'offers the routes to a judge before anything else (%s)',
      (kind) => {
        const options = objectionOptions(decided(kind), '2026-03-11', mother);
        expect(options[0]).toMatchObject({ route: 'appeal', court: true });
        const firstNonCourt = options.findIndex((o) => !o.court);
        expect(options.slice(firstNonCourt).every((o) => !o.court)).toBe(true);
        expect(options.at(-1)?.route).toBe('complaint');
      },
    );
  });
});

describe('duration progress', () => {
  it('has not started before the first day', () =>
    expect(durationProgress('2026-03-10', '2027-03-10', '2026-03-01')).toEqual({
      totalDays: 365,
      elapsedDays: 0,
      percent: 0,
      daysLeft: 365,
      state: 'not-started',
    }));
  it('runs from the first day', () =>
    expect(durationProgress('2026-03-10', '2027-03-10', '2026-03-10')).toMatchObject({
      state: 'running',
      percent: 0,
    }));
  it('is half way after half the days', () =>
    expect(durationProgress('2026-01-01', '2026-01-11', '2026-01-06')).toEqual({
      totalDays: 10,
      elapsedDays: 5,
      percent: 50,
      daysLeft: 5,
      state: 'running',
    }));
  it('has one day left the day before the end', () =>
    expect(durationProgress('2026-01-01', '2026-01-11', '2026-01-10')).toMatchObject({
      daysLeft: 1,
      state: 'running',
    }));
  it('has ended on the end day', () =>
    expect(durationProgress('2026-01-01', '2026-01-11', '2026-01-11')).toMatchObject({
      daysLeft: 0,
      percent: 100,
      state: 'ended',
    }));
  it('never goes past 100 percent', () =>
    expect(durationProgress('2026-01-01', '2026-01-11', '2027-01-01')).toMatchObject({
      elapsedDays: 10,
      percent: 100,
      daysLeft: 0,
      state: 'ended',
    }));
  it('copes with a measure that starts and ends on the same day', () =>
    expect(durationProgress('2026-01-01', '2026-01-01', '2025-12-31')).toMatchObject({
      percent: 0,
      state: 'not-started',
    }));
});

describe('is this still true?', () => {
  it('asks about a statement checked a year ago', () =>
    expect(isStale('2025-03-10', '2026-03-10')).toBe(true));
  it('does not ask about one checked a day less than a year ago', () =>
    expect(isStale('2025-03-11', '2026-03-10')).toBe(false));
  it('asks sooner when the threshold is shorter', () =>
    expect(isStale('2026-01-01', '2026-03-10', 60)).toBe(true));
  it('does not ask about a statement checked today', () =>
    expect(isStale('2026-03-10', '2026-03-10')).toBe(false));
});

describe('the answer to a correction request (AVG art. 12 lid 3)', () => {
  it('is due one month after it was written', () =>
    expect(correctionAnswerDue('2026-03-10', '2026-03-10')).toEqual({
      deadline: '2026-04-10',
      daysLeft: 31,
      expired: false,
    }));
  it('ends on the last day of a shorter month', () =>
    expect(correctionAnswerDue('2026-01-31', '2026-02-01').deadline).toBe('2026-02-28'));
  it('is overdue the day after', () =>
    expect(correctionAnswerDue('2026-03-10', '2026-04-11').expired).toBe(true));
});
