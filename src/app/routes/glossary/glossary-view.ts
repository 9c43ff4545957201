import { glossaryKeys, type GlossaryKey } from '../../../shared/catalog/glossary';

export interface GlossaryEntry {
  key: GlossaryKey;
  word: string;
  explanation: string;
  /** The other phrases that mean the same (from `matches`), so "ondertoezichtstelling" finds OTS. */
  alsoKnownAs: string;
}

/** Alphabetical in the reader's language, ignoring case and accents. */
export function sortEntries(entries: GlossaryEntry[], locale: string): GlossaryEntry[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...entries].sort((a, b) => collator.compare(a.word, b.word));
}

const normalise = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Entries whose word, other names or explanation contain the query; words that match come first. */
export function filterEntries(entries: GlossaryEntry[], query: string): GlossaryEntry[] {
  const q = normalise(query.trim());
  if (q === '') return entries;
  const inWord = entries.filter((e) => normalise(`${e.word} ${e.alsoKnownAs}`).includes(q));
  const inText = entries.filter((e) => !inWord.includes(e) && normalise(e.explanation).includes(q));
  return [...inWord, ...inText];
}

export const isGlossaryKey = (value: string): value is GlossaryKey =>
  (glossaryKeys as readonly string[]).includes(value);
