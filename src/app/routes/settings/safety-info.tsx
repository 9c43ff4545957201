import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** What "Snel weg" and shared-device mode do, and honestly what they do not (domain.md). */
export function SafetyInfo() {
  const { t } = useTranslation('settings');
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('exit.title')}</h2>
      <p>{t('exit.what')}</p>
      <p className="settings__honest">{t('exit.notAgainst')}</p>
      <h2>{t('shared.title')}</h2>
      <p>{t('shared.explain')}</p>
    </section>
  );
}
