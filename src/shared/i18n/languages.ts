/**
 * The languages Gezien speaks, in one list for the app (src/app/i18n) and the locales gate
 * (scripts/check-locales.ts): a language is only offered when every one of its texts exists.
 * Dutch is the source; every other language is a translation of it.
 */
export const languages = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type Language = (typeof languages)[number];
export const sourceLanguage: Language = 'nl';

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

const rightToLeft: readonly string[] = ['ar'];
export const textDirection = (language: string): 'rtl' | 'ltr' =>
  rightToLeft.includes(language) ? 'rtl' : 'ltr';

// Latin digits in Arabic too: phone numbers, case numbers and {{count}} texts then match the dates.
const formatLocales: Record<string, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
  tr: 'tr-TR',
  pl: 'pl-PL',
  uk: 'uk-UA',
};
const voices: Record<string, string> = { ar: 'ar-SA' };

/** The BCP 47 locale for Intl formatting (dates, numbers, sorting) in a language. */
export const intlLocale = (language: string): string => formatLocales[language] ?? 'nl-NL';

/** The locale a read-aloud voice is asked for (speech engines know no -u- extensions). */
export const speechLocale = (language: string): string => voices[language] ?? intlLocale(language);

/** Each language named in its own language, so a reader finds theirs whatever is shown now. */
export const languageNames: Record<string, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
  uk: 'Українська',
};
