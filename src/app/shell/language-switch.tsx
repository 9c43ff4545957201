import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, languageNames, languages, type Language } from '../i18n/i18n';

/**
 * A select, not a row of buttons: it fits a 390px header with six languages. Each language is named
 * in its own language (and marked so), so a reader finds theirs. `labelVisible` for the settings page.
 */
export function LanguageSwitch({ labelVisible = false }: { labelVisible?: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className={labelVisible ? 'field language-switch' : 'language-switch'}>
      <label htmlFor={id} className={labelVisible ? undefined : 'visually-hidden'}>
        {t('language.label')}
      </label>
      <select
        id={id}
        value={i18n.resolvedLanguage}
        onChange={(event) => void changeLanguage(event.target.value as Language)}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language} dir="auto">
            {languageNames[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
