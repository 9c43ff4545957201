import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { getMe } from '../../data/repos/me-repo';
import { startSync } from '../../data/sync/sync-triggers';
import { UpdateBanner } from '../pwa/update-banner';
import { AppHeader } from './app-header';
import { BottomNav } from './bottom-nav';
import { LogoutButton } from './logout-button';
import { SessionExpiredBanner } from './session-expired-banner';
import { MAIN_ID, SkipLink } from './skip-link';
import { SyncStatus } from './sync-status';

/** Pages for someone logged in on this device. Without a stored `me` there is nothing to show. */
export function PrivateLayout() {
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
      <AppHeader>
        <LogoutButton />
      </AppHeader>
      <SyncOnMount />
      <section className="app-notices" aria-label={t('notices')}>
        <SyncStatus />
        <SessionExpiredBanner />
        <UpdateBanner />
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
