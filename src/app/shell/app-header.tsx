import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <span className="app-header__name">{t('app.name')}</span>
      <div className="app-header__actions">
        <LanguageSwitch />
        {children}
      </div>
    </header>
  );
}
