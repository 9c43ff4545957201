import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shell/language-switch';

/** The same choice as in the header, with its label in sight; it is remembered on this device. */
export function LanguageSettings() {
  const { t } = useTranslation('settings');
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('language.title')}</h2>
      <p>{t('language.explain')}</p>
      <LanguageSwitch labelVisible />
    </section>
  );
}
