import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NEUTRAL_APP_NAME, useIdentity } from '../pwa/identity';
import { LanguageSwitch } from './language-switch';

export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const neutral = useIdentity() === 'neutral';
  return (
    <header className="app-header">
      <span className="app-header__name">{neutral ? NEUTRAL_APP_NAME : t('app.name')}</span>
      <div className="app-header__actions">
        <LanguageSwitch />
        {children}
      </div>
    </header>
  );
}
