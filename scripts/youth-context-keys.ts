/**
 * One-off for merges: renames `<key>Youth` to `<key>_youth` (the i18next context the app asks for,
 * see src/app/i18n/youth.ts) in every locales/<lng>/<ns>.json, wherever `<key>` sits beside it.
 * Safe to run again: `npx tsx scripts/youth-context-keys.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocaleTree } from './locale-keys';

function rename(tree: LocaleTree): LocaleTree {
  const out: LocaleTree = {};
  for (const [key, value] of Object.entries(tree)) {
    const base = key.endsWith('Youth') ? key.slice(0, -'Youth'.length) : null;
    const next = typeof value === 'string' ? value : rename(value);
    out[base !== null && base in tree && typeof value === 'string' ? `${base}_youth` : key] = next;
  }
  return out;
}

for (const lng of readdirSync('locales')) {
  for (const file of readdirSync(join('locales', lng)).filter((f) => f.endsWith('.json'))) {
    const path = join('locales', lng, file);
    const before = readFileSync(path, 'utf8');
    const after = `${JSON.stringify(rename(JSON.parse(before) as LocaleTree), null, 2)}\n`;
    if (after !== before) {
      writeFileSync(path, after);
      console.log(`renamed youth keys in ${path}`);
    }
  }
}
