import { addDays, addMonths, ageOn } from './dates';
import type { Source } from './sources';

/**
 * Rights of young people and parents, by the young person's age. The rules change at 12, 16 and 18
 * (JW 7.3.4, 7.3.5, 7.3.15; Rv 809). Articles sit next to each right so a lawyer can check
 * them in one place (read from a 2017 copy of the laws: verify). Texts live in locales rights.json
 * under `right.<key>`; `text` is for grown-ups, `text_youth` (i18next context) the simpler version for young people.
 */

export const ageBands = ['under-12', '12-15', '16-17', 'adult'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The band of a young person's age. A birthday counts from the day itself (see `ageOn`). */
export function ageBand(age: number): AgeBand {
  if (age < 12) return 'under-12';
  if (age < 16) return '12-15';
  if (age < 18) return '16-17';
  return 'adult';
}

export const rightKeys = [
  'information',
  'information-no-custody',
  'see-file',
  'copy',
  'own-statement',
  'correction',
  'destruction',
  'retention',
  'parents-need-consent',
  'court-documents',
  'raad-report',
  'consent-by-parents',
  'consent-help',
  'consent-help-alone',
  'familiegroepsplan',
  'be-heard-by-judge',
  'letter-to-judge',
  'bijzondere-curator',
  'ask-end-ots',
  'ask-cancel-instruction',
  'ask-end-placement',
  'ask-contact',
  'restore-custody',
  'dispute',
  'change-gi',
  'appeal',
  'contra-expertise',
  'advocaat',
  'complaint',
  'vertrouwenspersoon',
  'kinderombudsman',
  'help-after-18',
] as const;
export type RightKey = (typeof rightKeys)[number];

/** The source behind each right: the article, and a public page where the statute does not say it all. */
export const rightSources: Record<RightKey, Source> = {
  information: { law: 'JW 7.3.2' },
  'information-no-custody': {
    law: 'BW 1:377c',
    page: 'https://avantuijn.nl/informatierecht-van-niet-met-gezag-belaste-ouder/',
  },
  'see-file': { law: 'JW 7.3.10, 7.3.15; AVG art. 12, 15' },
  copy: { law: 'JW 7.3.10; AVG art. 15' },
  'own-statement': { law: 'JW 7.3.8; AVG art. 16' },
  correction: { law: 'AVG art. 12, 16' },
  // An OTS or voogdij file is not a jeugdhulp file: it is kept far longer and cannot be destroyed on request
  // before 18 (content-review L34).
  destruction: {
    law: 'JW 7.3.9; AVG art. 17',
    page: 'https://www.rijksoverheid.nl/onderwerpen/jeugdhulp/vraag-en-antwoord/dossier-jeugdhulp-bewaartermijn',
  },
  retention: {
    law: 'JW 7.3.8',
    page: 'https://zorg-informatie.nl/jeugdzorg/wat-is-de-bewaartermijn-voor-een-jeugdhulp-of-jeugdbeschermingsdossier/',
  },
  'parents-need-consent': { law: 'JW 7.3.15' },
  'court-documents': { law: 'Rv 811' },
  'raad-report': { law: 'Rv 810, 811', page: 'https://www.kinderbescherming.nl', check: true },
  'consent-by-parents': { law: 'JW 7.3.4' },
  'consent-help': { law: 'JW 7.3.4', check: true },
  'consent-help-alone': { law: 'JW 7.3.5' },
  familiegroepsplan: {
    law: 'JW 4.1.2',
    page: 'https://www.nji.nl/nl/Kennis/Publicaties/NJi-Publicaties/Publicaties-Factsheet-Familiegroepsplan2016',
  },
  'be-heard-by-judge': { law: 'Rv 809' },
  'letter-to-judge': { law: 'BW 1:377g' },
  'bijzondere-curator': { law: 'BW 1:250' },
  'ask-end-ots': {
    law: 'BW 1:261',
    page: 'https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBZWB:2022:71',
  },
  'ask-cancel-instruction': {
    law: 'BW 1:264',
    page: 'https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBLIM:2021:2557',
  },
  'ask-end-placement': { law: 'BW 1:265d' },
  'ask-contact': {
    law: 'BW 1:265g',
    page: 'https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2018:2321',
    check: true,
  },
  'restore-custody': { law: 'BW 1:277' },
  dispute: { law: 'BW 1:262b, 1:265k; Rv 807' },
  'change-gi': { law: 'BW 1:259; Rv 807' },
  appeal: { law: 'Rv 806, 358' },
  'contra-expertise': {
    law: 'Rv 810a',
    page: 'https://inview.nl/document/id53880e91c25f4ca9b8570e1c8ab01e39',
  },
  advocaat: {
    law: 'BW 1:265k; JW 6.1.1',
    page: 'https://zoek.officielebekendmakingen.nl/stcrt-2023-26497.html',
    check: true,
  },
  complaint: { law: 'JW 4.2.1' },
  vertrouwenspersoon: { law: 'JW 2.6', page: 'https://jeugdstem.nl/wat-we-doen?d=ouders' },
  // The Kinderombudsman's article is not in our source notes: check the Wet Nationale ombudsman.
  kinderombudsman: { law: 'Wet Nationale ombudsman', check: true },
  'help-after-18': { law: 'JW 1.1' },
};

const dossier = ['see-file', 'copy', 'own-statement', 'correction', 'destruction', 'retention'] as const;
/** Requests to the kinderrechter that a young person may make from 12 (BW 1:259, 1:261, 1:262b, 1:264, 1:265d, 1:265g). */
const courtRequests = [
  'ask-end-ots',
  'ask-cancel-instruction',
  'ask-end-placement',
  'ask-contact',
  'dispute',
  'change-gi',
] as const;
const support = ['complaint', 'vertrouwenspersoon'] as const;

/** A young person's own rights. Under 12 the parents with gezag act for them (JW 7.3.15). */
const youthRights: Record<AgeBand, readonly RightKey[]> = {
  'under-12': [
    'information',
    'consent-by-parents',
    'be-heard-by-judge',
    'letter-to-judge',
    'bijzondere-curator',
    ...support,
    'kinderombudsman',
  ],
  '12-15': [
    'information',
    ...dossier,
    'court-documents',
    'raad-report',
    'consent-help',
    'familiegroepsplan',
    'be-heard-by-judge',
    'letter-to-judge',
    'bijzondere-curator',
    ...courtRequests,
    'advocaat',
    ...support,
    'kinderombudsman',
  ],
  '16-17': [
    'information',
    ...dossier,
    'parents-need-consent',
    'court-documents',
    'raad-report',
    'consent-help-alone',
    'familiegroepsplan',
    'be-heard-by-judge',
    'letter-to-judge',
    'bijzondere-curator',
    ...courtRequests,
    'advocaat',
    ...support,
    'kinderombudsman',
  ],
  // At 18 gezag, the OTS and a placement end; voluntary help can go on to 23 (JW 1.1).
  adult: ['information', ...dossier, 'consent-help-alone', 'help-after-18', 'advocaat', ...support],
};

/** A parent's rights, by the age of their child. */
const parentRights: Record<AgeBand, readonly RightKey[]> = {
  'under-12': [
    'information',
    'information-no-custody',
    ...dossier,
    'court-documents',
    'raad-report',
    'consent-by-parents',
    'familiegroepsplan',
    'bijzondere-curator',
    ...courtRequests,
    'restore-custody',
    'appeal',
    'contra-expertise',
    'advocaat',
    ...support,
    'kinderombudsman',
  ],
  '12-15': [
    'information',
    'information-no-custody',
    ...dossier,
    'court-documents',
    'raad-report',
    'consent-help',
    'familiegroepsplan',
    'bijzondere-curator',
    ...courtRequests,
    'restore-custody',
    'appeal',
    'contra-expertise',
    'advocaat',
    ...support,
    'kinderombudsman',
  ],
  // From 16 the young person decides who reads their file and which help they get (JW 7.3.5, 7.3.15).
  '16-17': [
    'information',
    'information-no-custody',
    'parents-need-consent',
    'own-statement',
    'correction',
    'retention',
    'court-documents',
    'raad-report',
    'consent-help-alone',
    'familiegroepsplan',
    'bijzondere-curator',
    ...courtRequests,
    'restore-custody',
    'appeal',
    'contra-expertise',
    'advocaat',
    ...support,
    'kinderombudsman',
  ],
  // Gezag has ended: what remains is about the parent's own data and complaints.
  adult: ['own-statement', 'correction', ...support],
};

/** Rights that a parent has only with gezag (JW 7.3.15; BW 1:259, 1:261, 1:262b, 1:264, 1:265d, 1:265g). */
export const custodyOnly: ReadonlySet<RightKey> = new Set<RightKey>([
  'information',
  'see-file',
  'copy',
  'destruction',
  'parents-need-consent',
  'consent-by-parents',
  'consent-help',
  ...courtRequests,
]);

/** Rights that only a parent without gezag needs: information through BW 1:377c, and asking gezag back. */
export const noCustodyOnly: ReadonlySet<RightKey> = new Set<RightKey>([
  'information-no-custody',
  'restore-custody',
]);

export type RightsAudience = { role: 'youth' } | { role: 'parent'; hasCustody: boolean | null };

/** The rights to show: for a young person their own, for a parent those that go with the child's age. */
export function rightsFor(audience: RightsAudience, band: AgeBand): readonly RightKey[] {
  if (audience.role === 'youth') return youthRights[band];
  const all = parentRights[band];
  return audience.hasCustody === true
    ? all.filter((key) => !noCustodyOnly.has(key))
    : all.filter((key) => !custodyOnly.has(key));
}

/** The ages at which rights change. */
export const thresholds = [12, 16, 18] as const;

export interface BirthdayChange {
  onDay: string;
  turnsAge: (typeof thresholds)[number];
  gained: RightKey[];
  lost: RightKey[];
}

/**
 * The next birthday on which rights change, so the app can say it in advance (families are surprised
 * when access changes silently). Null once the young person is 18. The day agrees with `ageOn`: born
 * on 29 February, one turns a year older on 1 March in other years.
 */
export function nextBirthdayChange(
  birthDate: string,
  today: string,
  audience: RightsAudience = { role: 'youth' },
): BirthdayChange | null {
  const age = ageOn(birthDate, today);
  const turnsAge = thresholds.find((t) => t > age);
  if (turnsAge === undefined) return null;
  const birthday = addMonths(birthDate, turnsAge * 12);
  const onDay = ageOn(birthDate, birthday) < turnsAge ? addDays(birthday, 1) : birthday;
  const before = new Set(rightsFor(audience, ageBand(turnsAge - 1)));
  const after = new Set(rightsFor(audience, ageBand(turnsAge)));
  return {
    onDay,
    turnsAge,
    gained: [...after].filter((key) => !before.has(key)),
    lost: [...before].filter((key) => !after.has(key)),
  };
}

export const contactKeys = [
  'jeugdstem',
  'veilig-thuis',
  'kinderombudsman',
  'juridisch-loket',
  'autoriteit-persoonsgegevens',
] as const;
export type ContactKey = (typeof contactKeys)[number];

/**
 * Phone numbers only from our source notes (domain.md); no number is better than a guessed one.
 * Names and what they do: locales rights.json `contact.<key>`.
 */
export const contacts: Record<ContactKey, { phone: string | null; website: string }> = {
  jeugdstem: { phone: '088-555 1000', website: 'jeugdstem.nl' },
  'veilig-thuis': { phone: '0800-2000', website: 'veiligthuis.nl' },
  kinderombudsman: { phone: null, website: 'kinderombudsman.nl' },
  'juridisch-loket': { phone: null, website: 'juridischloket.nl' },
  'autoriteit-persoonsgegevens': { phone: null, website: 'autoriteitpersoonsgegevens.nl' },
};

/** Where to get help with a right. */
export const rightContacts: Partial<Record<RightKey, readonly ContactKey[]>> = {
  complaint: ['jeugdstem', 'kinderombudsman'],
  vertrouwenspersoon: ['jeugdstem'],
  kinderombudsman: ['kinderombudsman'],
  advocaat: ['juridisch-loket'],
  appeal: ['juridisch-loket'],
  dispute: ['juridisch-loket'],
  'information-no-custody': ['juridisch-loket'],
  'restore-custody': ['juridisch-loket'],
  'ask-contact': ['juridisch-loket'],
  'see-file': ['autoriteit-persoonsgegevens'],
  copy: ['autoriteit-persoonsgegevens'],
  correction: ['autoriteit-persoonsgegevens'],
  destruction: ['autoriteit-persoonsgegevens'],
};
