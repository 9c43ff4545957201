import { describe, expect, it } from 'vitest';
import { baseKey, compareNamespace, flattenKeys, pluralForms } from './locale-keys';

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

  it('asks every plural form of the target language: six in Arabic, and the number may be a word', () => {
    const source = flattenKeys({ days_one: 'Nog {{count}} dag', days_other: 'Nog {{count}} dagen' });
    const ar = pluralForms('ar');
    expect(ar).toEqual(expect.arrayContaining(['zero', 'one', 'two', 'few', 'many', 'other']));
    const complete = flattenKeys({
      days_zero: 'لا أيام',
      days_one: 'يوم واحد',
      days_two: 'يومان',
      days_few: '{{count}} أيام',
      days_many: '{{count}} يومًا',
      days_other: '{{count}} يوم',
    });
    expect(compareNamespace(source, complete, 'ar/x', ar)).toEqual([]);
    const dutchShaped = flattenKeys({ days_one: 'يوم واحد', days_other: '{{count}} يوم', days_x: '?' });
    expect(compareNamespace(source, dutchShaped, 'ar/x', ar).sort()).toEqual([
      'ar/x: extra key days_x',
      'ar/x: missing key days_few',
      'ar/x: missing key days_many',
      'ar/x: missing key days_two',
      'ar/x: missing key days_zero',
    ]);
  });
});
