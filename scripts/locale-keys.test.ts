import { describe, expect, it } from 'vitest';
import { baseKey, compareNamespace, flattenKeys } from './locale-keys';

describe('the locales gate', () => {
  const nl = flattenKeys({ a: { b: 'Hallo {{name}}' }, c: 'Klaar' });

  it('accepts a complete translation', () => {
    expect(compareNamespace(nl, flattenKeys({ a: { b: 'Hello {{name}}' }, c: 'Done' }), 'en/x')).toEqual([]);
  });
  it('reports missing, extra and empty keys and lost placeholders', () => {
    const en = flattenKeys({ a: { b: 'Hello' }, d: 'Extra', c: ' ' });
    expect(compareNamespace(nl, en, 'en/x')).toEqual([
      'en/x: placeholders differ in a.b',
      'en/x: empty text for c',
      'en/x: extra key d',
    ]);
  });
  it('treats plural forms as their base key', () => expect(baseKey('days_other')).toBe('days'));
});
