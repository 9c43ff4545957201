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

/** What the law says per measure, written out by hand so a change to the catalogue shows up here. */
const expected: Record<
  MeasureKey,
  {
    routes: ObjectionRoute[];
    appealable: boolean;
    deadlines: Partial<Record<ObjectionRoute, string>>;
    maxEnd: string | null;
  }
> = {
  // Decided (or sent) on 2026-03-10 and starting that day.
  'voorlopige-ots': { routes: ['complaint'], appealable: false, deadlines: {}, maxEnd: '2026-06-10' },
  ots: {
    routes: ['appeal', 'ask-ending', 'dispute', 'complaint'],
    appealable: true,
    deadlines: { appeal: '2026-06-10' },
    maxEnd: '2027-03-10',
  },
  'ots-verlenging': {
    routes: ['appeal', 'ask-ending', 'dispute', 'complaint'],
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
  'schriftelijke-aanwijzing': {
    routes: ['cancel-instruction', 'ask-withdrawal', 'complaint'],
    appealable: false,
    deadlines: { 'cancel-instruction': '2026-03-24' },
    maxEnd: null,
  },
  gezagsbeeindiging: {
    routes: ['appeal', 'complaint'],
    appealable: true,
    deadlines: { appeal: '2026-06-10' },
    maxEnd: null,
  },
  'plan-van-aanpak': { routes: ['dispute', 'complaint'], appealable: false, deadlines: {}, maxEnd: null },
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
      expect(rule.routes.some((r) => r.route === 'appeal')).toBe(want.appealable);
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

    it('names an article next to every rule', () => {
      for (const r of rule.routes) expect(r.article).toMatch(/^(BW|Rv|JW) /);
      if (kind !== 'other') expect(rule.articles).not.toBe('');
    });

    it('lets any young person complain, whatever their age', () =>
      expect(rule.routes.find((r) => r.route === 'complaint')?.who).toContain('youth'));
  });

  it('gives no one but parents an appeal: children appeal through their legal representative', () => {
    for (const kind of measureKeys)
      for (const r of measures[kind].routes.filter((x) => x.route === 'appeal'))
        expect(r.who.every((w) => w === 'parent' || w === 'parent-with-custody')).toBe(true);
  });

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
