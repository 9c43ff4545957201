import { readFileSync } from 'node:fs';

type Tree = { [key: string]: string | Tree };

/** A text from locales/<lng>/<ns>.json by its dotted key, so a test finds controls in any language. */
export function text(lng: string, ns: string, key: string): string {
  let node: string | Tree = JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8')) as Tree;
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`no text ${lng}/${ns}:${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${lng}/${ns}:${key} is not a text`);
  return node;
}
