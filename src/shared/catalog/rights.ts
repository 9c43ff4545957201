import { addDays, addMonths, ageOn } from './dates';

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
  'see-file',
  'copy',
  'own-statement',
  'correction',
  'destruction',
  'parents-need-consent',
  'court-documents',
  'consent-by-parents',
  'consent-help',
  'consent-help-alone',
  'be-heard-by-judge',
  'letter-to-judge',
  'bijzondere-curator',
  'ask-end-ots',
  'ask-cancel-instruction',
  'ask-end-placement',
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

/** The law behind each right. */
export const rightArticles: Record<RightKey, string> = {
  information: 'JW 7.3.2',
  'see-file': 'JW 7.3.10, 7.3.15; AVG art. 15',
  copy: 'JW 7.3.10; AVG art. 15',
  'own-statement': 'JW 7.3.8 lid 2; AVG art. 16',
  correction: 'AVG art. 16',
  destruction: 'JW 7.3.9; AVG art. 17',
  'parents-need-consent': 'JW 7.3.15',
  'court-documents': 'Rv 811',
  'consent-by-parents': 'JW 7.3.4',
  'consent-help': 'JW 7.3.4',
  'consent-help-alone': 'JW 7.3.5',
  'be-heard-by-judge': 'Rv 809',
  'letter-to-judge': 'BW 1:377g',
  'bijzondere-curator': 'BW 1:250',
  'ask-end-ots': 'BW 1:261',
  'ask-cancel-instruction': 'BW 1:264, 1:265',
  'ask-end-placement': 'BW 1:265d',
  dispute: 'BW 1:262b, 1:265k',
  'change-gi': 'BW 1:259',
  appeal: 'Rv 806, 358',
  'contra-expertise': 'Rv 810a',
  advocaat: 'BW 1:265k; JW 6.1.1',
  complaint: 'JW 4.2.1',
  vertrouwenspersoon: 'JW 1.1, 2.6',
  // The Kinderombudsman's article is not in our source notes: check the Wet Nationale ombudsman.
  kinderombudsman: 'Wet Nationale ombudsman',
  'help-after-18': 'JW 1.1',
};

const dossier = ['see-file', 'copy', 'own-statement', 'correction', 'destruction'] as const;
/** Requests to the kinderrechter that a young person may make from 12 (BW 1:259, 1:261, 1:262b, 1:264, 1:265d). */
const courtRequests = [
  'ask-end-ots',
  'ask-cancel-instruction',
  'ask-end-placement',
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
    'consent-help',
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
    'consent-help-alone',
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
    ...dossier,
    'court-documents',
    'consent-by-parents',
    'bijzondere-curator',
    ...courtRequests,
    'appeal',
    'contra-expertise',
    'advocaat',
    ...support,
    'kinderombudsman',
  ],
  '12-15': [
    'information',
    ...dossier,
    'court-documents',
    'consent-help',
    'bijzondere-curator',
    ...courtRequests,
    'appeal',
    'contra-expertise',
    'advocaat',
    ...support,
    'kinderombudsman',
  ],
  // From 16 the young person decides who reads their file and which help they get (JW 7.3.5, 7.3.15).
  '16-17': [
    'information',
    'parents-need-consent',
    'own-statement',
    'correction',
    'court-documents',
    'consent-help-alone',
    'bijzondere-curator',
    ...courtRequests,
    'appeal',
    'contra-expertise',
    'advocaat',
    ...support,
    'kinderombudsman',
  ],
  // Gezag has ended: what remains is about the parent's own data and complaints.
  adult: ['own-statement', 'correction', ...support],
};

/** Rights that a parent has only with gezag (JW 7.3.15; BW 1:259, 1:261, 1:262b, 1:264, 1:265d). */
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

export type RightsAudience = { role: 'youth' } | { role: 'parent'; hasCustody: boolean | null };

/** The rights to show: for a young person their own, for a parent those that go with the child's age. */
export function rightsFor(audience: RightsAudience, band: AgeBand): readonly RightKey[] {
  if (audience.role === 'youth') return youthRights[band];
  const all = parentRights[band];
  return audience.hasCustody === true ? all : all.filter((key) => !custodyOnly.has(key));
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
  'see-file': ['autoriteit-persoonsgegevens'],
  copy: ['autoriteit-persoonsgegevens'],
  correction: ['autoriteit-persoonsgegevens'],
  destruction: ['autoriteit-persoonsgegevens'],
};
