import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Wie is betrokken – Gezien": screen readers announce the title when a page opens. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
