import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NEUTRAL_APP_NAME, useIdentity } from '../pwa/identity';

/**
 * "Wie is betrokken – Gezien": screen readers announce the title when a page opens. With the
 * neutral identity every page has the same neutral title (SECURITY.md G2).
 */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const neutral = useIdentity() === 'neutral';
  const title = neutral ? NEUTRAL_APP_NAME : t('pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
