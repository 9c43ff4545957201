import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { InstallHint } from '../../pwa/install-hint';
import { IdentitySettings } from './identity-settings';
import { LanguageSettings } from './language-settings';
import { LockSettings } from './lock-settings';
import { NotificationSettings } from './notification-settings';
import { SafetyInfo } from './safety-info';
import { StorageSettings } from './storage-settings';
import '../../styles/forms.css';
import '../../styles/my-story.css';
import '../../styles/settings.css';

/** "Veiligheid en instellingen": app lock, neutral name, notifications, storage, quick exit. */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  usePageTitle(t('title'));
  return (
    <div className="settings">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <LanguageSettings />
      <LockSettings />
      <IdentitySettings />
      <NotificationSettings />
      <SafetyInfo />
      <StorageSettings />
      <section aria-labelledby="settings-install">
        <h2 id="settings-install">{t('install.title')}</h2>
        <InstallHint always />
        <p>{t('install.explain')}</p>
      </section>
    </div>
  );
}
