import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasUnsavedText } from './unsaved-text';
import { usePendingUpdate } from './update-store';

/**
 * registerType 'prompt': a new version waits until the person chooses, and even then never reloads
 * while a form holds unsaved text: it asks to save first and updates only after that.
 */
export function UpdateBanner() {
  const { t } = useTranslation(['common', 'install']);
  const applyUpdate = usePendingUpdate();
  const unsaved = useHasUnsavedText();
  const [asked, setAsked] = useState(false);
  if (!applyUpdate) return null;
  const onClick = () => {
    if (unsaved) return setAsked(true);
    applyUpdate();
  };
  return (
    <div className="banner" role="status" data-testid="update-banner">
      <p>{t('common:update.available')}</p>
      {asked && unsaved && <p className="banner__strong">{t('install:update.saveFirst')}</p>}
      <button type="button" className="button" onClick={onClick}>
        {t('common:update.apply')}
      </button>
    </div>
  );
}
