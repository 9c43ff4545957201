import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../data/api/api-error';
import { endOtherSessions, endSession, listSessions } from '../../../data/session/sessions';
import type { SessionInfo } from '../../../shared/api/sessions';
import type { ErrorCode } from '../../../shared/api/errors';
import { usePageTitle } from '../../components/use-page-title';
import { useDateFormat } from '../../i18n/format-date';
import '../../styles/forms.css';

/** "Waar ben ik ingelogd": own sessions, end one or all others (SECURITY.md C3). Online only. */
export function SessionsPage() {
  const { t } = useTranslation(['sessions', 'errors']);
  const format = useDateFormat();
  const [sessions, setSessions] = useState<SessionInfo[] | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  usePageTitle(t('sessions:title'));

  const load = useCallback(async () => {
    try {
      setSessions(await listSessions());
      setError(null);
    } catch (caught) {
      setError(isApiError(caught) ? caught.code : 'internal');
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function act(work: () => Promise<unknown>, done: string) {
    try {
      await work();
      setStatus(done);
      await load();
    } catch (caught) {
      setError(isApiError(caught) ? caught.code : 'internal');
    }
  }

  const when = (instant: string) => `${format.dayOfInstant(instant)} ${format.time(instant)}`;
  const others = sessions?.filter((s) => !s.current) ?? [];

  return (
    <div className="narrow">
      <h1>{t('sessions:title')}</h1>
      <p>{t('sessions:intro')}</p>
      {error && (
        <p className="form__error" role="alert">
          {t(`errors:${error}`)}
        </p>
      )}
      <p role="status">{status}</p>
      {sessions === null && !error && <p>{t('sessions:loading')}</p>}
      {sessions && (
        <ul className="session-list">
          {sessions.map((session) => (
            <li key={session.id}>
              <h2>
                {session.device || t('sessions:unknownDevice')}
                {session.current && ` (${t('sessions:current')})`}
              </h2>
              <p>{t('sessions:since', { date: when(session.createdAt) })}</p>
              <p>{t('sessions:lastSeen', { date: when(session.lastSeenAt) })}</p>
              {!session.current && (
                <button
                  type="button"
                  className="button"
                  onClick={() => void act(() => endSession(session.id), t('sessions:ended'))}
                >
                  {t('sessions:end')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {sessions && others.length === 0 && <p>{t('sessions:none')}</p>}
      {others.length > 0 && (
        <button
          type="button"
          className="button button--primary"
          onClick={() => void act(endOtherSessions, t('sessions:endedOthers'))}
        >
          {t('sessions:endOthers')}
        </button>
      )}
    </div>
  );
}
