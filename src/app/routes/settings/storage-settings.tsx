import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Persisted = 'unknown' | 'yes' | 'no' | 'unsupported';

/** SECURITY.md D6: whether the browser promised to keep this device's copy (storage.persist()). */
export function StorageSettings() {
  const { t } = useTranslation('settings');
  const id = useId();
  const [persisted, setPersisted] = useState<Persisted>('unknown');

  useEffect(() => {
    if (!navigator.storage?.persisted) return setPersisted('unsupported');
    navigator.storage.persisted().then(
      (yes) => setPersisted(yes ? 'yes' : 'no'),
      () => setPersisted('unsupported'),
    );
  }, []);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('storage.title')}</h2>
      <p data-testid="storage-persisted" data-persisted={persisted}>
        {persisted === 'unknown' ? '' : t(`storage.${persisted}`)}
      </p>
      <p>{t('storage.explain')}</p>
    </section>
  );
}
