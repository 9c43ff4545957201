import * as z from 'zod/mini';
import { addDays, addMonths } from './dates';

/**
 * Measures and decisions with their legal timelines. Article numbers sit next to each rule so a
 * lawyer can check them in one place (read from a 2017 copy of the laws: verify against the current
 * text). Plain explanations live in locales/<lng>/measures.json under the same keys.
 */
export const measureKeys = [
  'voorlopige-ots',
  'ots',
  'ots-verlenging',
  'machtiging-uhp',
  'schriftelijke-aanwijzing',
  'gezagsbeeindiging',
  'plan-van-aanpak',
  'perspectiefbesluit',
  'other',
] as const;
export const measureKeySchema = z.enum(measureKeys);
export type MeasureKey = z.infer<typeof measureKeySchema>;

export type Term = { days: number } | { months: number };

/** How one can push back against a decision. Texts: locales measures.json `route.<route>`. */
export const objectionRoutes = [
  'appeal',
  'cancel-instruction',
  'ask-withdrawal',
  'ask-ending',
  'dispute',
  'complaint',
] as const;
export type ObjectionRoute = (typeof objectionRoutes)[number];

/**
 * Who may use a route. `youth-12` is the young person from 12 years old; `youth` is a young person of
 * any age (a complaint needs no minimum age, JW 4.2.1); `carer` is a foster parent or other carer.
 */
export const objectors = ['parent-with-custody', 'parent', 'youth-12', 'youth', 'carer'] as const;
export type Objector = (typeof objectors)[number];

export interface RouteRule {
  route: ObjectionRoute;
  /** Counted from the day of the decision (for an instruction: the day it was sent). Null: no deadline. */
  term: Term | null;
  who: readonly Objector[];
  article: string;
}

export interface MeasureRule {
  articles: string;
  /** Longest a single decision of this kind may last; null when the law sets none. */
  maxDuration: Term | null;
  /** Whether an appeal to the gerechtshof is possible at all. */
  appealable: boolean;
  routes: readonly RouteRule[];
}

const complaint: RouteRule = {
  route: 'complaint',
  term: null,
  who: ['parent', 'youth', 'carer'],
  article: 'JW 4.2.1',
};
const appeal: RouteRule = {
  route: 'appeal',
  term: { months: 3 },
  who: ['parent-with-custody', 'parent'],
  article: 'Rv 806, 358',
};
const askEnding: RouteRule = {
  route: 'ask-ending',
  term: null,
  who: ['parent-with-custody', 'youth-12'],
  article: 'BW 1:261',
};
/** Disagreement about how the OTS is carried out; needs an advocaat, no appeal (Rv 807). */
const dispute: RouteRule = {
  route: 'dispute',
  term: null,
  who: ['parent-with-custody', 'youth-12', 'carer'],
  article: 'BW 1:262b, 1:265k',
};

export const measures: Record<MeasureKey, MeasureRule> = {
  'voorlopige-ots': {
    articles: 'BW 1:257; Rv 807',
    maxDuration: { months: 3 },
    appealable: false,
    routes: [complaint],
  },
  ots: {
    articles: 'BW 1:255, 1:258',
    maxDuration: { months: 12 },
    appealable: true,
    routes: [appeal, askEnding, dispute, complaint],
  },
  'ots-verlenging': {
    articles: 'BW 1:260',
    maxDuration: { months: 12 },
    appealable: true,
    routes: [appeal, askEnding, dispute, complaint],
  },
  'machtiging-uhp': {
    articles: 'BW 1:265b, 1:265c',
    maxDuration: { months: 12 },
    appealable: true,
    routes: [
      appeal,
      {
        route: 'ask-withdrawal',
        term: null,
        who: ['parent-with-custody', 'youth-12', 'carer'],
        article: 'BW 1:265d',
      },
      complaint,
    ],
  },
  'schriftelijke-aanwijzing': {
    articles: 'BW 1:263, 1:264, 1:265',
    maxDuration: null,
    appealable: false,
    routes: [
      {
        route: 'cancel-instruction',
        term: { days: 14 },
        who: ['parent-with-custody', 'youth-12'],
        article: 'BW 1:265 lid 1',
      },
      { route: 'ask-withdrawal', term: null, who: ['parent-with-custody', 'youth-12'], article: 'BW 1:264' },
      complaint,
    ],
  },
  gezagsbeeindiging: {
    articles: 'BW 1:266, 1:267',
    maxDuration: null,
    appealable: true,
    routes: [appeal, complaint],
  },
  'plan-van-aanpak': {
    articles: 'JW 4.1.3',
    maxDuration: null,
    appealable: false,
    routes: [dispute, complaint],
  },
  // No court remedy of its own: the judge looks at it when deciding on an extension of the OTS or the
  // placement (RSJ advice 2020; Rb Noord-Holland ECLI:NL:RBNHO:2023:9916). Until then: complaint only.
  perspectiefbesluit: {
    articles: 'BW 1:260, 1:265c',
    maxDuration: null,
    appealable: false,
    routes: [complaint],
  },
  other: { articles: '', maxDuration: null, appealable: false, routes: [complaint] },
};

export const addTerm = (day: string, term: Term) =>
  'days' in term ? addDays(day, term.days) : addMonths(day, term.months);

/** The last day a route can be used, or null when there is no deadline. */
export function routeDeadline(rule: RouteRule, decidedOn: string): string | null {
  return rule.term ? addTerm(decidedOn, rule.term) : null;
}

/** The latest end date the law allows for a decision of this kind starting on `startsOn`. */
export function maxEndDate(kind: MeasureKey, startsOn: string): string | null {
  const max = measures[kind].maxDuration;
  return max ? addTerm(startsOn, max) : null;
}
