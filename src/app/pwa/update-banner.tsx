import { useTranslation } from 'react-i18next';
import { usePendingUpdate } from './update-store';

/** registerType 'prompt': a new version waits until the person chooses, so unsaved text is never lost. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const applyUpdate = usePendingUpdate();
  if (!applyUpdate) return null;
  return (
    <div className="banner" role="status">
      <p>{t('update.available')}</p>
      <button type="button" className="button" onClick={applyUpdate}>
        {t('update.apply')}
      </button>
    </div>
  );
}
