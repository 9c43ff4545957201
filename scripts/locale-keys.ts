/** Pure helpers for the locales gate: flatten a namespace to its keys and compare languages. */

export type LocaleTree = { [key: string]: string | LocaleTree };

export function flattenKeys(tree: LocaleTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenKeys(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Base keys (without i18next plural suffixes) so `count_one`/`count_other` satisfy a `count` lookup. */
export const baseKey = (key: string) => key.replace(PLURAL, '');

const placeholders = (text: string, plural: boolean) =>
  [...text.matchAll(/\{\{\s*(\w+)/g)]
    .map((m) => m[1])
    // A plural form may say the number in words ("يومان", two days) instead of {{count}}.
    .filter((name) => !(plural && name === 'count'))
    .sort()
    .join(',');

/**
 * The keys a language must have for the source's keys: every plural key in the plural forms of
 * that language (Arabic has six, Polish and Ukrainian four, Dutch two), all others as they are.
 */
export function expectedKeys(
  source: Map<string, string>,
  pluralForms: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, text] of source) {
    if (!PLURAL.test(key)) out.set(key, text);
    else
      for (const form of pluralForms)
        out.set(`${baseKey(key)}_${form}`, source.get(`${baseKey(key)}_other`) ?? text);
  }
  return out;
}

/** The plural forms i18next asks for in a language: those of Intl.PluralRules. */
export const pluralForms = (language: string): readonly string[] =>
  new Intl.PluralRules(language).resolvedOptions().pluralCategories;

/** Problems of one translation against the source language, as readable lines. */
export function compareNamespace(
  source: Map<string, string>,
  target: Map<string, string>,
  label: string,
  forms: readonly string[] = ['one', 'other'],
): string[] {
  const expected = expectedKeys(source, forms);
  const problems: string[] = [];
  for (const [key, text] of expected) {
    const translated = target.get(key);
    const plural = PLURAL.test(key);
    if (translated === undefined) problems.push(`${label}: missing key ${key}`);
    else if (translated.trim() === '') problems.push(`${label}: empty text for ${key}`);
    else if (placeholders(translated, plural) !== placeholders(text, plural))
      problems.push(`${label}: placeholders differ in ${key}`);
  }
  for (const key of target.keys()) if (!expected.has(key)) problems.push(`${label}: extra key ${key}`);
  return problems;
}
