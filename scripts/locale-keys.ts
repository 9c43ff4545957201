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

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/** Problems of one translation against the source language, as readable lines. */
export function compareNamespace(
  source: Map<string, string>,
  target: Map<string, string>,
  label: string,
): string[] {
  const problems: string[] = [];
  for (const [key, text] of source) {
    const translated = target.get(key);
    if (translated === undefined) problems.push(`${label}: missing key ${key}`);
    else if (translated.trim() === '') problems.push(`${label}: empty text for ${key}`);
    else if (placeholders(translated) !== placeholders(text))
      problems.push(`${label}: placeholders differ in ${key}`);
  }
  for (const key of target.keys()) if (!source.has(key)) problems.push(`${label}: extra key ${key}`);
  return problems;
}

/** Base keys (without i18next plural suffixes) so `count_one`/`count_other` satisfy a `count` lookup. */
export const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
