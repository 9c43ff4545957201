/**
 * `npm run locales:check`: every language has exactly the source language's keys (nl is the source),
 * no empty texts, the same {{placeholders}}, and every explicit `t('namespace:key')` in src/app exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { languages, sourceLanguage } from '../src/shared/i18n/languages';
import { baseKey, compareNamespace, flattenKeys, pluralForms, type LocaleTree } from './locale-keys';

const LOCALES = 'locales';
const SOURCE = sourceLanguage;
const problems: string[] = [];

const readTree = (lng: string, ns: string) =>
  JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')) as LocaleTree;

// The languages the app offers must be complete; a folder for a language not (yet) offered is checked too.
const folders = readdirSync(LOCALES).filter((d) => statSync(join(LOCALES, d)).isDirectory());
const checked = [...new Set<string>([...languages, ...folders])];
const namespaces = readdirSync(join(LOCALES, SOURCE))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));
const source = new Map(namespaces.map((ns) => [ns, flattenKeys(readTree(SOURCE, ns))]));

for (const lng of checked.filter((l) => l !== SOURCE)) {
  for (const ns of namespaces) {
    try {
      problems.push(
        ...compareNamespace(
          source.get(ns)!,
          flattenKeys(readTree(lng, ns)),
          `${lng}/${ns}`,
          pluralForms(lng),
        ),
      );
    } catch {
      problems.push(`${lng}/${ns}: file missing or not valid JSON`);
    }
  }
}

// A namespace file is only typed (a missing key a type error) and loaded once it is registered.
const typings = readFileSync('src/app/i18n/i18next.d.ts', 'utf8');
const setup = readFileSync('src/app/i18n/i18n.ts', 'utf8');
for (const ns of namespaces) {
  if (!typings.includes(`${ns}: typeof ${ns};`)) problems.push(`i18next.d.ts: namespace ${ns} is not typed`);
  if (!setup.includes(`'${ns}',`)) problems.push(`i18n.ts: namespace ${ns} is not in namespaces`);
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry)) yield path;
  }
}

const known = new Set<string>();
for (const [ns, keys] of source) for (const key of keys.keys()) known.add(`${ns}:${baseKey(key)}`);
for (const file of sourceFiles('src/app')) {
  for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([\w-]+:[\w.-]+)['"]/g)) {
    if (!known.has(match[1]!)) problems.push(`${file}: unknown key ${match[1]}`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`locales:check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(
  `locales:check: ${checked.length} languages (${checked.join(', ')}) × ${namespaces.length} namespaces complete`,
);
