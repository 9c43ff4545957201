import * as z from 'zod/mini';
import { addDays, addMonths } from './dates';
import type { Source } from './sources';

/**
 * Measures and decisions with their legal timelines. Every rule carries its source (article or page)
 * so a lawyer can check them in one place; content-review.md (2026-12-01) is the check they passed.
 * Plain explanations live in locales/<lng>/measures.json under the same keys.
 */
export const measureKeys = [
  'voorlopige-ots',
  'ots',
  'ots-verlenging',
  'machtiging-uhp',
  'spoed-uhp',
  'schriftelijke-aanwijzing',
  'gezagsbeeindiging',
  'voorlopige-voogdij',
  'gesloten-jeugdhulp',
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
  'ask-ending',
  'ask-contact',
  'restore-custody',
  'dispute',
  'ask-withdrawal',
  'family-plan',
  'complaint',
] as const;
export type ObjectionRoute = (typeof objectionRoutes)[number];

/**
 * Who may use a route. `youth-12` is the young person from 12 years old; `youth` is a young person of
 * any age (a complaint needs no minimum age, JW 4.2.1); `carer` is a foster parent or other carer.
 * `parent-if-party` is a parent without gezag who took part in the case: whether they may appeal
 * depends on that (Rv 798, 806), so the app never tells them "you may" and points to a lawyer.
 */
export const objectors = [
  'parent-with-custody',
  'parent',
  'parent-if-party',
  'youth-12',
  'youth',
  'carer',
] as const;
export type Objector = (typeof objectors)[number];

export interface RouteRule {
  route: ObjectionRoute;
  /** True when the request goes to a judge (kinderrechter or gerechtshof). */
  court: boolean;
  term: Term | null;
  /**
   * The day the term starts: the day of the decision (Rv 358: "te rekenen van de dag van de uitspraak"),
   * or for a schriftelijke aanwijzing the day after it was sent or handed over (BW 1:264 lid 3).
   */
  from: 'decision-day' | 'day-after-sending';
  who: readonly Objector[];
  source: Source;
}

export interface MeasureRule {
  source: Source;
  /** Whether the judge imposed it: then the routes to a judge come first, a complaint last. */
  byJudge: boolean;
  /** Longest a single decision of this kind may last; null when the law sets none. */
  maxDuration: Term | null;
  /** Whether an appeal to the gerechtshof is possible; 'unclear' when it depends (ask a lawyer). */
  appealable: boolean | 'unclear';
  routes: readonly RouteRule[];
}

const noTerm = { term: null, from: 'decision-day' } as const;

/** About how people behaved; it never changes a judge's decision (JW 4.2.1). */
const complaint: RouteRule = {
  route: 'complaint',
  court: false,
  ...noTerm,
  who: ['parent', 'youth', 'carer'],
  source: { law: 'JW 4.2.1' },
};
const appeal: RouteRule = {
  route: 'appeal',
  court: true,
  term: { months: 3 },
  from: 'decision-day',
  who: ['parent-with-custody', 'parent-if-party'],
  source: { law: 'Rv 806, 358', page: 'https://inview.nl/document/id0b70064942d34559b21d96e64265c5f4' },
};
/** In gesloten jeugdhulp a young person of 12 or older is a party and may appeal with their own lawyer. */
const appealClosedCare: RouteRule = {
  ...appeal,
  who: ['parent-with-custody', 'parent-if-party', 'youth-12'],
  source: { law: 'Rv 798, 806; JW 6.1.2' },
};
/** Directly to the judge, also when the GI wants to go on (Rb Zeeland-West-Brabant 2022:71). */
const askEnding: RouteRule = {
  route: 'ask-ending',
  court: true,
  ...noTerm,
  who: ['parent-with-custody', 'youth-12'],
  source: {
    law: 'BW 1:261',
    page: 'https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBZWB:2022:71',
  },
};
/** A request about contact (zorg- of omgangsregeling) during an OTS; a GI aanwijzing cannot set aside one a judge made. */
const askContact: RouteRule = {
  route: 'ask-contact',
  court: true,
  ...noTerm,
  who: ['parent-with-custody', 'youth-12'],
  source: {
    law: 'BW 1:265g',
    page: 'https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2018:2321',
    check: true,
  },
};
/** Disagreement about how the OTS is carried out; needs an advocaat, no appeal (Rv 807). */
const dispute: RouteRule = {
  route: 'dispute',
  court: true,
  ...noTerm,
  who: ['parent-with-custody', 'youth-12', 'carer'],
  source: { law: 'BW 1:262b, 1:265k; Rv 807' },
};
/** The GI decides first (within 2 weeks, in writing); only then the judge (Rb Limburg 2021:4697). */
const askEndPlacement: RouteRule = {
  route: 'ask-withdrawal',
  court: false,
  ...noTerm,
  who: ['parent-with-custody', 'youth-12', 'carer'],
  source: {
    law: 'BW 1:265d',
    page: 'https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBLIM:2021:4697',
  },
};
/** The GI offers the parents the chance to make their own plan with family and friends first. */
const familyPlan: RouteRule = {
  route: 'family-plan',
  court: false,
  ...noTerm,
  who: ['parent-with-custody', 'parent'],
  source: {
    law: 'JW 4.1.2',
    page: 'https://www.schulinck.nl/opinie/opinie-jeugd-het-familiegroepsplan-in-de-jeugdwet/',
  },
};

export const measures: Record<MeasureKey, MeasureRule> = {
  'voorlopige-ots': {
    source: { law: 'BW 1:257; Rv 807' },
    byJudge: true,
    maxDuration: { months: 3 },
    appealable: false,
    routes: [complaint],
  },
  ots: {
    source: { law: 'BW 1:255, 1:258' },
    byJudge: true,
    maxDuration: { months: 12 },
    appealable: true,
    routes: [appeal, askEnding, askContact, dispute, familyPlan, complaint],
  },
  // Who may ask for an extension when the GI does not is not confirmed (content-review L4): hedged in text.
  'ots-verlenging': {
    source: { law: 'BW 1:260', check: true },
    byJudge: true,
    maxDuration: { months: 12 },
    appealable: true,
    routes: [appeal, askEnding, askContact, dispute, complaint],
  },
  // A placement exists only inside a (voorlopige) OTS and cannot outlast it (BW 1:265b).
  'machtiging-uhp': {
    source: { law: 'BW 1:265b, 1:265c, 1:265i' },
    byJudge: true,
    maxDuration: { months: 12 },
    appealable: true,
    routes: [appeal, askEndPlacement, complaint],
  },
  // Given quickly, often without hearing the family first; they must be heard within 2 weeks (Rv 800).
  // Whether an appeal is open depends on the decision it came with: the app says "ask a lawyer".
  'spoed-uhp': {
    source: { law: 'BW 1:265c; Rv 800', check: true },
    byJudge: true,
    maxDuration: null,
    appealable: 'unclear',
    routes: [askEndPlacement, complaint],
  },
  'schriftelijke-aanwijzing': {
    source: {
      law: 'BW 1:263, 1:264',
      page: 'https://www.bvd-advocaten.nl/blogs/de-schriftelijke-aanwijzing-bezien-door-de-bril-van-de-rechter',
    },
    byJudge: false,
    maxDuration: null,
    appealable: false,
    routes: [
      {
        route: 'cancel-instruction',
        court: true,
        term: { days: 14 },
        from: 'day-after-sending',
        who: ['parent-with-custody', 'youth-12'],
        source: {
          law: 'BW 1:264',
          page: 'https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBLIM:2021:2557',
        },
      },
      // Where the GI's own withdrawal sits (1:263 or 1:265) is for a lawyer to confirm (content-review L7).
      {
        route: 'ask-withdrawal',
        court: false,
        ...noTerm,
        who: ['parent-with-custody', 'youth-12'],
        source: {
          law: 'BW 1:263',
          page: 'https://www.stichtingkog.info/posts/schriftelijke-aanwijzing-1290/',
          check: true,
        },
      },
      complaint,
    ],
  },
  gezagsbeeindiging: {
    source: { law: 'BW 1:266, 1:267, 1:277, 1:377a, 1:377c' },
    byJudge: true,
    maxDuration: null,
    appealable: true,
    routes: [
      appeal,
      {
        route: 'restore-custody',
        court: true,
        ...noTerm,
        who: ['parent'],
        source: { law: 'BW 1:277' },
      },
      complaint,
    ],
  },
  // Schorsing van het gezag with a voorlopige voogd. Appeal rules depend on the decision: ask a lawyer.
  'voorlopige-voogdij': {
    source: { law: 'BW 1:241, 1:268', check: true },
    byJudge: true,
    maxDuration: null,
    appealable: 'unclear',
    routes: [complaint],
  },
  'gesloten-jeugdhulp': {
    source: { law: 'JW 6.1.2, 6.1.3', check: true },
    byJudge: true,
    maxDuration: { months: 12 },
    appealable: true,
    routes: [appealClosedCare, complaint],
  },
  'plan-van-aanpak': {
    source: { law: 'JW 4.1.2, 4.1.3' },
    byJudge: false,
    maxDuration: null,
    appealable: false,
    routes: [familyPlan, dispute, complaint],
  },
  // No court remedy of its own: the judge looks at it when deciding on an extension of the OTS or the
  // placement (RSJ advice 2020; Rb Noord-Holland ECLI:NL:RBNHO:2023:9916). Until then: complaint only.
  perspectiefbesluit: {
    source: {
      law: 'BW 1:260, 1:265c',
      page: 'https://lawyrup.nl/burgerlijk_wetboek/burgerlijk-wetboek-inleiding/personen-en-familierecht/gezag-over-minderjarige-kinderen/ondertoezichtstelling-van-minderjarigen/',
    },
    byJudge: false,
    maxDuration: null,
    appealable: false,
    routes: [complaint],
  },
  other: { source: { law: '' }, byJudge: false, maxDuration: null, appealable: false, routes: [complaint] },
};

export const addTerm = (day: string, term: Term) =>
  'days' in term ? addDays(day, term.days) : addMonths(day, term.months);

/**
 * The last day a route can be used, or null when there is no deadline. A term that starts the day
 * after sending counts that day as its first: sent on Tuesday 10 March, the two weeks run from
 * Wednesday 11 March up to and including Tuesday 24 March.
 */
export function routeDeadline(rule: RouteRule, decidedOn: string): string | null {
  if (!rule.term) return null;
  if (rule.from === 'decision-day') return addTerm(decidedOn, rule.term);
  const firstDay = addDays(decidedOn, 1);
  return 'days' in rule.term
    ? addDays(firstDay, rule.term.days - 1)
    : addDays(addTerm(firstDay, rule.term), -1);
}

/** The latest end date the law allows for a decision of this kind starting on `startsOn`. */
export function maxEndDate(kind: MeasureKey, startsOn: string): string | null {
  const max = measures[kind].maxDuration;
  return max ? addTerm(startsOn, max) : null;
}
