/**
 * Words families meet in letters and reports. The word, what it means (also for young people) and the
 * phrases that count as the word live in locales glossary.json `term.<key>`; `matches` is a list of
 * phrases split by `|`, e.g. "OTS|ondertoezichtstelling|onder toezicht". The UI marks them in a text
 * with `findTerms` so a reader can tap a hard word and get it explained.
 */

export const glossaryKeys = [
  'ots',
  'voorlopige-ots',
  'gi',
  'jeugdbeschermer',
  'raad',
  'kinderrechter',
  'gerechtshof',
  'schriftelijke-aanwijzing',
  'machtiging-uhp',
  'gesloten-jeugdhulp',
  'gezag',
  'gezagsbeeindiging',
  'voogd',
  'plan-van-aanpak',
  'perspectiefbesluit',
  'hoger-beroep',
  'verzoekschrift',
  'verweerschrift',
  'zitting',
  'kindgesprek',
  'geschil',
  'contra-expertise',
  'bijzondere-curator',
  'vertrouwenspersoon',
  'veilig-thuis',
  'wijkteam',
  'meldcode',
  'jeugdhulp',
  'pleegzorg',
  'dossier',
  'eigen-verklaring',
  'inzage',
  'klacht',
  'klachtencommissie',
  'advocaat',
  'kinderombudsman',
  'juridisch-loket',
  'termijn',
  'maatregel',
  'vervallen',
  'verzorger',
  'belang-van-het-kind',
  'deskundige',
  'jeugd-ggz',
  'clientenraad',
  'familiegroepsplan',
  'jeugdreclassering',
  // Explains why there is no "bezwaar" here: the only place the word may appear (forbidden-terms test).
  'bezwaar',
] as const;
export type GlossaryKey = (typeof glossaryKeys)[number];

/** A text cut into plain parts and glossary terms, in reading order. */
export type TextSegment = string | { term: GlossaryKey; text: string };

/** Compiled once per language; pass to every `findTerms` call. */
export interface TermMatchers {
  readonly pattern: RegExp | null;
  /** The glossary key of each capture group, in order. */
  readonly keys: readonly GlossaryKey[];
}

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

// A term is a whole word: no letter or digit right before or after it, and not half of a hyphenated
// compound ("OTS" is not found in "OTS-verlenging" unless that is a phrase of its own).
const BEFORE = '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)';
const AFTER = '(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])';

/**
 * Builds the matchers from the locale's `term.<key>.matches` strings. Longer phrases are tried first,
 * so "voorlopige OTS" wins over "OTS".
 */
export function buildTermMatchers(matches: Partial<Record<GlossaryKey, string>>): TermMatchers {
  const phrases = glossaryKeys
    .flatMap((key) =>
      (matches[key] ?? '')
        .split('|')
        .map((p) => p.trim())
        .filter((p) => p !== '')
        .map((phrase) => ({ key, phrase })),
    )
    .sort((a, b) => b.phrase.length - a.phrase.length);
  if (phrases.length === 0) return { pattern: null, keys: [] };
  const alternatives = phrases.map((p) => `(${escape(p.phrase)})`).join('|');
  return {
    pattern: new RegExp(`${BEFORE}(?:${alternatives})${AFTER}`, 'giu'),
    keys: phrases.map((p) => p.key),
  };
}

/**
 * Splits `text` into plain strings and terms: whole words, case-insensitive, longest match first, never
 * overlapping. With `firstOnly`, each term is marked only where it first appears.
 */
export function findTerms(
  text: string,
  matchers: TermMatchers,
  options: { firstOnly?: boolean } = {},
): TextSegment[] {
  const segments: TextSegment[] = [];
  const seen = new Set<GlossaryKey>();
  let from = 0;
  const pushPlain = (to: number) => {
    if (to > from) segments.push(text.slice(from, to));
  };
  for (const match of matchers.pattern ? text.matchAll(matchers.pattern) : []) {
    const key = matchers.keys[match.slice(1).findIndex((group) => group !== undefined)];
    // A skipped repeat stays part of the plain text around it.
    if (key === undefined || (options.firstOnly && seen.has(key))) continue;
    seen.add(key);
    pushPlain(match.index);
    segments.push({ term: key, text: match[0] });
    from = match.index + match[0].length;
  }
  pushPlain(text.length);
  return segments;
}
