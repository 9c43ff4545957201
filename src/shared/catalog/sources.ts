/**
 * Where a fact in the catalogue comes from. `law` is an article code as lawyers write it ("BW 1:264 lid
 * 3", "JW 7.3.10, 7.3.15; AVG art. 15"); `page` is a public page for what the statute does not say
 * itself (case law, an official answer). The app shows the law in words with `readLawCode`.
 * Articles were checked against content-review.md (2026-12-01); "check" marks what a lawyer must confirm.
 */
export interface Source {
  law: string;
  page?: string;
  /** True when the review could not confirm the article: the app adds "vraag het je advocaat". */
  check?: true;
}

export const lawKeys = ['bw1', 'jw', 'rv', 'avg', 'uavg', 'wno'] as const;
export type LawKey = (typeof lawKeys)[number];

/** One law with the article(s) named in it. `law` null: a part we could not read, shown as written. */
export interface LawPart {
  law: LawKey | null;
  articles: string[];
  raw: string;
}

const prefixes: [RegExp, LawKey][] = [
  [/^BW\s+(?:boek\s+)?1\s*:\s*/i, 'bw1'],
  [/^JW\s+/i, 'jw'],
  [/^Rv\s+/i, 'rv'],
  [/^UAVG\s+(?:art\.?\s*)?/i, 'uavg'],
  [/^AVG\s+(?:art\.?\s*)?/i, 'avg'],
  [/^Wet Nationale ombudsman\s*/i, 'wno'],
];

/** Splits "JW 7.3.10, 7.3.15; AVG art. 15" into its laws and articles, in order. */
export function readLawCode(code: string): LawPart[] {
  return code
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((raw) => {
      for (const [prefix, law] of prefixes) {
        const rest = raw.match(prefix);
        if (!rest) continue;
        const articles = raw
          .slice(rest[0].length)
          .split(/,|\ben\b/)
          .map((a) => a.trim().replace(/^1\s*:\s*/, ''))
          .filter((a) => a !== '');
        return { law, articles, raw };
      }
      return { law: null, articles: [], raw };
    });
}
