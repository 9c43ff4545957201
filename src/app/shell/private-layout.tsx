import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { getMe } from '../../data/repos/me-repo';
import { startSync } from '../../data/sync/sync-triggers';
import { InstallHint } from '../pwa/install-hint';
import { UpdateBanner } from '../pwa/update-banner';
import { hasExited } from '../safety/quick-exit';
import { AppHeader } from './app-header';
import { BottomNav } from './bottom-nav';
import { IdleLock } from './idle-lock';
import { LockScreen } from './lock-screen';
import { LogoutButton } from './logout-button';
import { OfflineBanner } from './offline-banner';
import { SafetyBar } from './safety-bar';
import { SessionExpiredBanner } from './session-expired-banner';
import { MAIN_ID, SkipLink } from './skip-link';
import { SyncStatus } from './sync-status';
import { useLockStatus } from './use-lock-status';

/**
 * Pages for someone logged in on this device. The app lock comes first: while locked (or after
 * "Snel weg" in this tab) nothing reads the database and the lock screen is all there is.
 */
export function PrivateLayout() {
  const { t } = useTranslation();
  const status = useLockStatus();
  const [exited, setExited] = useState(hasExited);

  if (status === 'unknown') return <p role="status">{t('loading')}</p>;
  if (status === 'locked' || exited) {
    return (
      <>
        <SkipLink />
        <SafetyBar />
        <AppHeader />
        <main id={MAIN_ID} tabIndex={-1} className="app-main">
          <LockScreen pinRequired={status === 'locked'} onOpen={() => setExited(false)} />
        </main>
      </>
    );
  }
  return <UnlockedLayout lockOn={status === 'open'} />;
}

function UnlockedLayout({ lockOn }: { lockOn: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useLiveQuery(getMe);

  if (me === undefined) return <p role="status">{t('loading')}</p>;
  if (me === null) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  // A professional lands in the console (/pro), also right after logging in.
  if (me.user.kind === 'professional' && location.pathname === '/') return <Navigate to="/pro" replace />;

  return (
    <>
      <SkipLink />
      <SafetyBar />
      <AppHeader>
        <LogoutButton />
      </AppHeader>
      <SyncOnMount />
      {lockOn && <IdleLock />}
      <section className="app-notices" aria-label={t('notices')}>
        <OfflineBanner />
        <SyncStatus />
        <SessionExpiredBanner />
        <UpdateBanner />
        <InstallHint />
      </section>
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <BottomNav />
    </>
  );
}

function SyncOnMount() {
  useEffect(() => startSync(), []);
  return null;
}
