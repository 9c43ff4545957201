import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** After a login: how many wrong passwords were tried since the last one (issue 13 row 7). */
export function FailedLoginsNotice({ count, onContinue }: { count: number; onContinue: () => void }) {
  const { t } = useTranslation('auth');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="narrow">
      <h1 ref={heading} tabIndex={-1}>
        {t('failedLogins.title')}
      </h1>
      <p>{t('failedLogins.count', { count })}</p>
      <p>{t('failedLogins.advice')}</p>
      <button type="button" className="button button--primary" onClick={onContinue}>
        {t('failedLogins.continue')}
      </button>
    </div>
  );
}
