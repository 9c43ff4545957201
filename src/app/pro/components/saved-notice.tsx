import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** After a form: "saved", or "saved on this device, sent when there is internet" (router state). */
export type SavedState = { saved?: 'accepted' | 'queued' };

export function SavedNotice() {
  const { t } = useTranslation('pro');
  const saved = (useLocation().state as SavedState | null)?.saved;
  return (
    <p role="status" className={saved ? 'pro-notice' : 'visually-hidden'}>
      {saved === 'accepted' ? t('saved.accepted') : saved === 'queued' ? t('saved.queued') : ''}
    </p>
  );
}
