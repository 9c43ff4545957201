import { describe, expect, it } from 'vitest';
import enMeasures from '../../../locales/en/measures.json';
import nlMeasures from '../../../locales/nl/measures.json';
import { decisionStatuses } from '../domain/decision';
import { statementKinds } from '../domain/statement';
import {
  maxEndDate,
  measureKeys,
  measures,
  objectionRoutes,
  objectors,
  routeDeadline,
  type MeasureKey,
  type ObjectionRoute,
} from './measures';
import { readLawCode } from './sources';

/** What the law says per measure, written out by hand so a change to the catalogue shows up here. */
const expected: Record<
  MeasureKey,
  {
    routes: ObjectionRoute[];
    appealable: boolean | 'unclear';
    deadlines: Partial<Record<ObjectionRoute, string>>;
    maxEnd: string | null;
  }
> = {
  // Decided (or sent) on Tuesday 2026-03-10 and starting that day.
  'voorlopige-ots': { routes: ['complaint'], appealable: false, deadlines: {}, maxEnd: '2026-06-10' },
  ots: {
    routes: ['appeal', 'ask-ending', 'ask-contact', 'dispute', 'family-plan', 'complaint'],
    appealable: true,
    deadlines: { appeal: '2026-06-10' },
    maxEnd: '2027-03-10',
  },
  'ots-verlenging': {
    routes: ['appeal', 'ask-ending', 'ask-contact', 'dispute', 'complaint'],
    appealable: true,
    deadlines: { appeal: '2026-06-10' },
    maxEnd: '2027-03-10',
  },
  'machtiging-uhp': {
    routes: ['appeal', 'ask-withdrawal', 'complaint'],
    appealable: true,
    deadlines: { appeal: '2026-06-10' },
    maxEnd: '2027-03-10',
  },
  'spoed-uhp': {
    routes: ['ask-withdrawal', 'complaint'],
    appealable: 'unclear',
    deadlines: {},
    maxEnd: null,
  },
  // BW 1:264 lid 3: two weeks from the day after sending, so from Wednesday 11 up to Tuesday 24 March.
  'schriftelijke-aanwijzing': {
    routes: ['cancel-instruction', 'ask-withdrawal', 'complaint'],
    appealable: false,
    deadlines: { 'cancel-instruction': '2026-03-24' },
    maxEnd: null,
  },
  gezagsbeeindiging: {
    routes: ['appeal', 'restore-custody', 'complaint'],
    appealable: true,
    deadlines: { appeal: '2026-06-10' },
    maxEnd: null,
  },
  'voorlopige-voogdij': { routes: ['complaint'], appealable: 'unclear', deadlines: {}, maxEnd: null },
  'gesloten-jeugdhulp': {
    routes: ['appeal', 'complaint'],
    appealable: true,
    deadlines: { appeal: '2026-06-10' },
    maxEnd: '2027-03-10',
  },
  'plan-van-aanpak': {
    routes: ['family-plan', 'dispute', 'complaint'],
    appealable: false,
    deadlines: {},
    maxEnd: null,
  },
  perspectiefbesluit: { routes: ['complaint'], appealable: false, deadlines: {}, maxEnd: null },
  other: { routes: ['complaint'], appealable: false, deadlines: {}, maxEnd: null },
};

describe('the measure catalogue', () => {
  it('covers exactly the measure keys', () =>
    expect(Object.keys(measures).sort()).toEqual([...measureKeys].sort()));

  describe.each(measureKeys)('%s', (kind) => {
    const rule = measures[kind];
    const want = expected[kind];

    it('offers the routes the law gives, in order', () =>
      expect(rule.routes.map((r) => r.route)).toEqual(want.routes));

    it('allows an appeal to the gerechtshof only when the law does', () => {
      expect(rule.appealable).toBe(want.appealable);
      expect(rule.routes.some((r) => r.route === 'appeal')).toBe(want.appealable === true);
    });

    it('sets a deadline only on the routes that have a legal term', () => {
      const deadlines = Object.fromEntries(
        rule.routes.flatMap((r) => {
          const day = routeDeadline(r, '2026-03-10');
          return day ? [[r.route, day]] : [];
        }),
      );
      expect(deadlines).toEqual(want.deadlines);
    });

    it('ends at the latest on the legal maximum', () =>
      expect(maxEndDate(kind, '2026-03-10')).toBe(want.maxEnd));

    it('has a source that names a known law, for the measure and every route', () => {
      const sources =
        kind === 'other'
          ? rule.routes.map((r) => r.source)
          : [rule.source, ...rule.routes.map((r) => r.source)];
      for (const source of sources) {
        const parts = readLawCode(source.law);
        expect(parts.length, source.law).toBeGreaterThan(0);
        for (const part of parts) {
          expect(part.law, part.raw).not.toBeNull();
          expect(part.articles.length, part.raw).toBeGreaterThan(0);
        }
        if (source.page) expect(source.page).toMatch(/^https:\/\//);
      }
    });

    it('offers the routes to a judge first when a judge decided, a complaint always last', () => {
      const court = rule.routes.map((r) => r.court);
      if (rule.byJudge) expect(court).toEqual([...court].sort((a, b) => Number(b) - Number(a)));
      expect(rule.routes.at(-1)?.route).toBe('complaint');
    });

    it('lets any young person complain, whatever their age', () =>
      expect(rule.routes.find((r) => r.route === 'complaint')?.who).toContain('youth'));
  });

  it('gives a child an appeal of their own only in gesloten jeugdhulp (Rv 798; HR 2014:3535)', () => {
    for (const kind of measureKeys)
      for (const r of measures[kind].routes.filter((x) => x.route === 'appeal'))
        expect(r.who.includes('youth-12')).toBe(kind === 'gesloten-jeugdhulp');
  });

  it('never tells a parent without gezag for sure that they may appeal', () => {
    for (const kind of measureKeys)
      for (const r of measures[kind].routes.filter((x) => x.route === 'appeal'))
        expect(r.who).not.toContain('parent');
  });

  it('cites BW 1:264 for asking the judge to let an aanwijzing lapse, not 1:265', () => {
    const cancel = measures['schriftelijke-aanwijzing'].routes.find((r) => r.route === 'cancel-instruction');
    expect(cancel?.source.law).toBe('BW 1:264');
    expect(cancel?.from).toBe('day-after-sending');
  });

  it("counts an aanwijzing's two weeks from the day after sending, across a month end", () => {
    const cancel = measures['schriftelijke-aanwijzing'].routes[0]!;
    expect(routeDeadline(cancel, '2026-03-31')).toBe('2026-04-14');
    expect(routeDeadline(cancel, '2026-12-25')).toBe('2027-01-08');
  });

  it('counts an appeal from the day of the decision itself (Rv 358)', () =>
    expect(routeDeadline(measures.ots.routes[0]!, '2026-03-10')).toBe('2026-06-10'));

  it('gives an appeal three months, ending on the last day of a shorter month', () => {
    const appeal = measures.ots.routes[0]!;
    expect(routeDeadline(appeal, '2026-11-30')).toBe('2027-02-28');
    expect(routeDeadline(appeal, '2027-11-30')).toBe('2028-02-29');
  });

  it('lets a voorlopige OTS last three months and an OTS one year', () => {
    expect(maxEndDate('voorlopige-ots', '2026-11-30')).toBe('2027-02-28');
    expect(maxEndDate('ots', '2026-02-28')).toBe('2027-02-28');
  });
});

describe.each([
  ['nl', nlMeasures],
  ['en', enMeasures],
] as const)('the %s measure texts', (_lng, texts) => {
  type Texts = Record<string, Record<string, string>>;
  it('explain every measure plainly, for young people too, with its legal basis in words', () => {
    for (const key of measureKeys)
      for (const field of ['name', 'plain', 'plain_youth', 'legalBasis'])
        expect((texts.measure as Texts)[key]?.[field], `${key}.${field}`).toBeTruthy();
  });
  it('say how to use every route, for young people too', () => {
    for (const key of objectionRoutes)
      for (const field of ['name', 'how', 'how_youth'])
        expect((texts.route as Texts)[key]?.[field], `${key}.${field}`).toBeTruthy();
  });
  it('name every objector, status and kind of statement', () => {
    for (const key of objectors) expect(texts.objector[key]).toBeTruthy();
    for (const key of decisionStatuses) expect(texts.status[key]).toBeTruthy();
    for (const key of statementKinds) expect(texts.statementKind[key].explain).toBeTruthy();
  });
  it('count down with a plural form and a date', () => {
    expect(texts.daysLeft_one).toContain('{{count}}');
    expect(texts.daysLeft_other).toContain('{{count}}');
    expect(texts.deadlineOn).toContain('{{date}}');
  });
});
