import { useTranslation } from 'react-i18next';
import { changeLanguage, languages } from '../i18n/i18n';

/** Each language is named in its own language, so a reader finds theirs without reading ours. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="button button--quiet"
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => void changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
