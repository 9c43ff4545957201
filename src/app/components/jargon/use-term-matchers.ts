import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTermMatchers, glossaryKeys, type TermMatchers } from '../../../shared/catalog/glossary';

/** The glossary's phrases in the current language, compiled once per language. */
export function useTermMatchers(): TermMatchers {
  const { t, i18n } = useTranslation('glossary');
  const language = i18n.language;
  return useMemo(
    () => buildTermMatchers(Object.fromEntries(glossaryKeys.map((key) => [key, t(`term.${key}.matches`)]))),
    // t changes identity with the language; the language is the real dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [language],
  );
}
