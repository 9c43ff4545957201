import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const STYLES = 'src/app/styles';

/** Every class the app's own stylesheets define: a page using one of these must have its rule loaded. */
export function classesWithStyles(): string[] {
  const classes = new Set<string>();
  for (const file of readdirSync(STYLES).filter((f) => f.endsWith('.css')))
    for (const match of readFileSync(join(STYLES, file), 'utf8').matchAll(/\.([a-zA-Z][\w-]*)/g))
      classes.add(match[1]!);
  return [...classes];
}

/** How many pixels the page is wider than the screen (0: no sideways scroll). */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Classes on the page that the app styles somewhere, but for which no loaded stylesheet has a rule:
 * the route reused a class from another route's CSS chunk without importing it.
 */
export const unstyledClasses = (page: Page, styled: string[]) =>
  page.evaluate((styledClasses) => {
    const loaded = new Set<string>();
    const visit = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule)
          for (const m of rule.selectorText.matchAll(/\.([a-zA-Z][\w-]*)/g)) loaded.add(m[1]!);
        if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules)
          visit((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules);
    const used = new Set<string>();
    for (const el of Array.from(document.querySelectorAll('#root [class]')))
      for (const c of Array.from(el.classList)) used.add(c);
    return [...used].filter((c) => styledClasses.includes(c) && !loaded.has(c)).sort();
  }, styled);
