import { describe, expect, it } from 'vitest';
import enGlossary from '../../../locales/en/glossary.json';
import nlGlossary from '../../../locales/nl/glossary.json';
import { buildTermMatchers, findTerms, glossaryKeys, type GlossaryKey } from './glossary';

const matches = (texts: { term: Record<string, { matches: string }> }) =>
  Object.fromEntries(glossaryKeys.map((key) => [key, texts.term[key]?.matches ?? ''])) as Record<
    GlossaryKey,
    string
  >;
const nl = buildTermMatchers(matches(nlGlossary));

describe('finding glossary terms in a text', () => {
  it('splits a sentence around a term', () =>
    expect(findTerms('De OTS duurt 12 maanden', nl)).toEqual([
      'De ',
      { term: 'ots', text: 'OTS' },
      ' duurt 12 maanden',
    ]));

  it('ignores case and keeps the text as written', () =>
    expect(findTerms('de ots en de Ondertoezichtstelling', nl)).toEqual([
      'de ',
      { term: 'ots', text: 'ots' },
      ' en de ',
      { term: 'ots', text: 'Ondertoezichtstelling' },
    ]));

  it('does not find a term inside another word', () => {
    expect(findTerms('Totsdan gaat het goed', nl)).toEqual(['Totsdan gaat het goed']);
    expect(findTerms('De dossiervorming loopt', nl)).toEqual(['De dossiervorming loopt']);
  });

  it('does not find a term as half of a hyphenated word', () =>
    expect(findTerms('Het OTS-team belt', nl)).toEqual(['Het OTS-team belt']));

  it('prefers the longest phrase', () =>
    expect(findTerms('Er is een voorlopige OTS uitgesproken.', nl)).toEqual([
      'Er is een ',
      { term: 'voorlopige-ots', text: 'voorlopige OTS' },
      ' uitgesproken.',
    ]));

  it('tells gezag apart from gezagsbeëindiging', () =>
    expect(findTerms('Gezagsbeëindiging raakt het gezag.', nl)).toEqual([
      { term: 'gezagsbeeindiging', text: 'Gezagsbeëindiging' },
      ' raakt het ',
      { term: 'gezag', text: 'gezag' },
      '.',
    ]));

  it('finds a phrase across a line break', () =>
    expect(findTerms('een plan van\naanpak', nl)).toEqual([
      'een ',
      { term: 'plan-van-aanpak', text: 'plan van\naanpak' },
    ]));

  it('finds terms next to punctuation', () =>
    expect(findTerms('(GI), zitting!', nl)).toEqual([
      '(',
      { term: 'gi', text: 'GI' },
      '), ',
      { term: 'zitting', text: 'zitting' },
      '!',
    ]));

  it('marks a term only the first time when asked', () =>
    expect(findTerms('OTS na OTS', nl, { firstOnly: true })).toEqual([
      { term: 'ots', text: 'OTS' },
      ' na OTS',
    ]));

  it('never overlaps two terms', () => {
    const segments = findTerms('De schriftelijke aanwijzing van de jeugdbeschermer', nl);
    expect(segments).toEqual([
      'De ',
      { term: 'schriftelijke-aanwijzing', text: 'schriftelijke aanwijzing' },
      ' van de ',
      { term: 'jeugdbeschermer', text: 'jeugdbeschermer' },
    ]);
    expect(segments.map((s) => (typeof s === 'string' ? s : s.text)).join('')).toBe(
      'De schriftelijke aanwijzing van de jeugdbeschermer',
    );
  });

  it('treats phrases with special characters literally', () => {
    const m = buildTermMatchers({ ots: 'O.T.S.', gi: '(GI)' });
    expect(findTerms('De O.T.S. en OxTxSx', m)).toEqual([
      'De ',
      { term: 'ots', text: 'O.T.S.' },
      ' en OxTxSx',
    ]);
  });

  it('returns the text unchanged without matchers, and nothing for an empty text', () => {
    expect(findTerms('De OTS', buildTermMatchers({}))).toEqual(['De OTS']);
    expect(findTerms('', nl)).toEqual([]);
  });
});

describe('the Dutch glossary on court words', () => {
  const termsIn = (text: string) =>
    findTerms(text, nl).flatMap((s) => (typeof s === 'string' ? [] : [s.term]));
  it('opens the gerechtshof, not the kinderrechter, for "hogere rechter"', () =>
    expect(termsIn('Je ouders kunnen een hogere rechter vragen om opnieuw te kijken.')).toEqual([
      'gerechtshof',
    ]));
  it('opens the gerechtshof for "gerechtshof" and the kinderrechter for "rechter"', () =>
    expect(termsIn('Het gerechtshof kijkt opnieuw; de rechter besliste eerst.')).toEqual([
      'gerechtshof',
      'kinderrechter',
    ]));
  it('explains why there is no bezwaar here', () =>
    expect(termsIn('Kan ik bezwaar maken?')).toEqual(['bezwaar']));
});

describe.each([
  ['nl', nlGlossary],
  ['en', enGlossary],
] as const)('the %s glossary', (_lng, texts) => {
  const terms = texts.term as Record<string, Record<string, string>>;

  it('explains every term, for young people too', () => {
    for (const key of glossaryKeys)
      for (const field of ['word', 'matches', 'explanation', 'explanation_youth'])
        expect(terms[key]?.[field], `${key}.${field}`).toBeTruthy();
  });

  it('gives no phrase to two terms', () => {
    const owner = new Map<string, string>();
    for (const key of glossaryKeys)
      for (const phrase of terms[key]!.matches!.split('|').map((p) => p.trim().toLowerCase())) {
        expect(owner.get(phrase), `"${phrase}" in ${key}`).toBeUndefined();
        owner.set(phrase, key);
      }
  });

  it('finds each term by its own phrases', () => {
    const m = buildTermMatchers(matches(texts));
    for (const key of glossaryKeys)
      for (const phrase of terms[key]!.matches!.split('|'))
        expect(findTerms(`x ${phrase} x`, m)[1], phrase).toEqual({ term: key, text: phrase });
  });
});
