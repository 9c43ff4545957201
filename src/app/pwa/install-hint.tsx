import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isInstalled, isIos, promptInstall, useCanPromptInstall } from './install-prompt';

const DISMISSED_KEY = 'gezien.installHintDismissed';

/**
 * "Zet de app op je beginscherm", per platform: Android gets the browser's own prompt; iOS gets
 * the Share-menu steps and the warning that the installed app needs its own login. `always`: also
 * after "Niet nu" (the settings page).
 */
export function InstallHint({ always = false }: { always?: boolean }) {
  const { t } = useTranslation('install');
  const canPrompt = useCanPromptInstall();
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED_KEY) === '1');
  const ios = isIos();
  if (isInstalled() || (!canPrompt && !ios) || (dismissed && !always)) return null;

  const dismiss = () => {
    localStorage.setItem(DISMISSED_KEY, '1');
    setDismissed(true);
  };

  return (
    <div className="banner install-hint" role="region" aria-label={t('hint.title')}>
      <p>
        <strong>{t('hint.title')}</strong> {t('hint.why')}
      </p>
      {ios ? (
        <ol>
          <li>{t('ios.step1')}</li>
          <li>{t('ios.step2')}</li>
          <li>{t('ios.step3')}</li>
        </ol>
      ) : (
        <button type="button" className="button button--primary" onClick={() => void promptInstall()}>
          {t('hint.install')}
        </button>
      )}
      {ios && <p>{t('ios.ownLogin')}</p>}
      {!always && (
        <button type="button" className="button button--quiet" onClick={dismiss}>
          {t('hint.notNow')}
        </button>
      )}
    </div>
  );
}
