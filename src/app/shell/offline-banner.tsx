import { useTranslation } from 'react-i18next';
import { useOnline } from './use-online';

/** A clear banner while there is no connection: what you see is on this phone; writes wait. */
export function OfflineBanner() {
  const { t } = useTranslation('install');
  const online = useOnline();
  if (online) return null;
  return (
    <div className="banner offline-banner" role="status" data-testid="offline-banner">
      <p>
        <strong>{t('offline.title')}</strong> {t('offline.body')}
      </p>
    </div>
  );
}
