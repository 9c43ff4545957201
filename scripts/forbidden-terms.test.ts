import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Words that mislead a family in this domain (content-review.md): a procedure that does not exist here,
 * the wrong legal word for an aanwijzing, promises Gezien does not keep, overstated law. A text that
 * uses one fails here before a family acts on it.
 */
interface Rule {
  why: string;
  /** Tested per sentence, case-insensitive. */
  pattern: RegExp;
  /** A key (path in the JSON) where the words are allowed because they explain why they do not apply. */
  allowedIn?: RegExp;
}

const dutch: Rule[] = [
  {
    why: 'there is no bezwaar procedure in youth protection: name hoger beroep or the request to the judge',
    pattern: /bezwaar/i,
    allowedIn: /^term\.bezwaar\./,
  },
  {
    why: 'the judge lets an aanwijzing "vervallen", never "vernietigen" (BW 1:264)',
    pattern: /vernietig.*aanwijzing|aanwijzing.*vernietig/i,
  },
  {
    why: 'an aanwijzing is not "opgeheven" or "geschrapt" by the judge',
    pattern: /aanwijzing.*(opheff|schrap)/i,
  },
  {
    why: 'Gezien does not carry a story to the Raad, court or a new provider',
    pattern: /maar één keer (te )?vertellen/i,
  },
  { why: 'texts are stored on a server; a GI may file them', pattern: /niemand anders kan het lezen/i },
  { why: 'only true inside Gezien', pattern: /je gezin ziet het niet(?! in Gezien)/i },
  { why: 'a parent without gezag keeps rights (BW 1:377a-c)', pattern: /daarom heb je minder rechten/i },
  { why: 'within an OTS the GI imposes aanwijzingen itself', pattern: /alles wat een gezin wordt opgelegd/i },
  { why: 'the Raad is not always heard on an extension', pattern: /moet de rechter de raad altijd horen/i },
  {
    why: 'unexplained legal phrase: say "niet veilig of niet goed genoeg opgroeien"',
    pattern: /ernstig (wordt )?bedreigd/i,
  },
  {
    why: 'a 12+ child or parent with gezag may ask the judge directly, not only when the GI does not',
    pattern: /doet de GI dat (verzoek )?niet( zelf)?[,?]/i,
  },
];

const english: Rule[] = [
  {
    why: 'there is no objection (bezwaar) procedure in youth protection',
    pattern: /\bobject(ion)?\b|\bobject to\b/i,
    allowedIn: /^term\.bezwaar\./,
  },
  {
    why: 'the judge lets an instruction lapse; it is not cancelled or annulled',
    pattern: /(cancel|annul|destroy).*instruction|instruction.*(cancel|annul|destroy)/i,
  },
  { why: 'Gezien does not carry a story everywhere', pattern: /only need to tell it once/i },
  { why: 'texts are stored on a server', pattern: /nobody else can read it\. it is a place/i },
];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function strings(value: Json, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);

function violations(lng: string, rules: Rule[]): string[] {
  const dir = join('locales', lng);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) =>
      strings(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json).flatMap(([key, text]) =>
        rules.flatMap((rule) =>
          sentences(text).some((s) => rule.pattern.test(s)) && !rule.allowedIn?.test(key)
            ? [`${lng}/${file} ${key}: ${rule.why}`]
            : [],
        ),
      ),
    );
}

describe('forbidden terms in the texts a family reads', () => {
  it('finds none in the Dutch texts', () => expect(violations('nl', dutch)).toEqual([]));
  it('finds none in the English texts', () => expect(violations('en', english)).toEqual([]));

  // The other languages keep the Dutch legal word beside the translation (families meet it in
  // letters): that Dutch word must be the right one, e.g. never "bezwaar".
  it.each(['ar', 'tr', 'pl', 'uk'])('finds none of the wrong Dutch words in the %s texts', (lng) =>
    expect(violations(lng, dutch)).toEqual([]),
  );

  it('finds none in the demo family', () => {
    const demo = readFileSync('src/server/demo/demo-family.ts', 'utf8');
    const texts = [...demo.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
    const found = texts.flatMap((text) =>
      dutch
        .filter((rule) => sentences(text).some((s) => rule.pattern.test(s)))
        .map((rule) => `${rule.why}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('would catch the old wrong texts', () => {
    const hit = (text: string) => dutch.some((rule) => rule.pattern.test(text));
    expect(hit('om bezwaar te maken tegen: OTS')).toBe(true);
    expect(hit('De rechter kan de aanwijzing vernietigen.')).toBe(true);
    expect(hit('Je hoeft het maar één keer te vertellen.')).toBe(true);
    expect(hit('Je gezin ziet het niet.')).toBe(true);
    expect(hit('Je gezin ziet het niet in Gezien.')).toBe(false);
    expect(hit('Het dossier laten vernietigen')).toBe(false);
  });
});
