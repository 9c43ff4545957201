import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { getMe } from '../../../data/repos/me-repo';
import { startSync } from '../../../data/sync/sync-triggers';
import { UpdateBanner } from '../../pwa/update-banner';
import { AppHeader } from '../../shell/app-header';
import { LogoutButton } from '../../shell/logout-button';
import { SessionExpiredBanner } from '../../shell/session-expired-banner';
import { MAIN_ID, SkipLink } from '../../shell/skip-link';
import { SyncStatus } from '../../shell/sync-status';
import { proPaths } from '../pro-paths';

/**
 * The console's frame. Only a professional login gets it: anyone else who opens a /pro address
 * gets the family app (the server refuses them every /api/pro route anyway).
 */
export function ProLayout() {
  const { t } = useTranslation(['pro', 'common']);
  const location = useLocation();
  const me = useLiveQuery(getMe);

  if (me === undefined) return <p role="status">{t('pro:loading')}</p>;
  if (me === null) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.user.kind !== 'professional') return <Navigate to="/" replace />;

  return (
    <div className="pro">
      <SkipLink />
      <AppHeader>
        <Link className="button button--quiet" to={proPaths.cases}>
          {t('pro:nav.cases')}
        </Link>
        <Link className="button button--quiet" to={proPaths.inbox()}>
          {t('pro:nav.inbox')}
        </Link>
        <LogoutButton />
      </AppHeader>
      <SyncOnMount />
      <section className="pro-notices" aria-label={t('common:notices')}>
        <SyncStatus />
        <SessionExpiredBanner />
        <UpdateBanner />
      </section>
      <main id={MAIN_ID} tabIndex={-1} className="pro-main">
        <Outlet />
      </main>
    </div>
  );
}

function SyncOnMount() {
  useEffect(() => startSync(), []);
  return null;
}
