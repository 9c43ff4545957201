import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isSessionExpired } from '../../data/repos/meta-repo';

/** The server no longer knows this session; the data stays readable, new data needs a login. */
export function SessionExpiredBanner() {
  const { t } = useTranslation();
  const expired = useLiveQuery(isSessionExpired);
  if (!expired) return null;
  return (
    <div className="banner" role="status">
      <p>{t('session.expired')}</p>
      <Link className="button" to="/login">
        {t('session.loginAgain')}
      </Link>
    </div>
  );
}
