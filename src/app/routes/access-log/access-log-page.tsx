import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_URL, fetchAccessLog } from '../../../data/api/access-log-api';
import { isApiError } from '../../../data/api/api-error';
import { getMyMembership } from '../../../data/repos/me-repo';
import type { AccessLogEntry } from '../../../shared/api/audit';
import type { ErrorCode } from '../../../shared/api/errors';
import { useScrollToHash } from '../../components/use-scroll-to-hash';
import { usePageTitle } from '../../components/use-page-title';
import { useDateFormat } from '../../i18n/format-date';
import { useOnline } from '../../shell/use-online';
import '../../styles/forms.css';

const entities = [
  'case',
  'decision',
  'statement',
  'involvement',
  'event',
  'perspective',
  'reply',
  'member',
  'access-log',
] as const;
type KnownEntity = (typeof entities)[number];
const whatOf = (entity: string): KnownEntity | 'other' =>
  (entities as readonly string[]).includes(entity) ? (entity as KnownEntity) : 'other';

/** "Wie heeft mijn gegevens bekeken" (SECURITY.md E3): professionals' accesses, by period; online only. */
export function AccessLogPage() {
  const { t } = useTranslation(['accesslog', 'errors']);
  const format = useDateFormat();
  const online = useOnline();
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [entries, setEntries] = useState<AccessLogEntry[] | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  usePageTitle(t('accesslog:title'));
  useScrollToHash(true);

  useEffect(() => {
    if (!online) return;
    let live = true;
    void (async () => {
      try {
        const membership = await getMyMembership();
        const found = membership ? await fetchAccessLog(membership.caseId, period) : [];
        if (live) {
          setEntries(found);
          setError(null);
        }
      } catch (caught) {
        if (live) setError(isApiError(caught) ? caught.code : 'internal');
      }
    })();
    return () => {
      live = false;
    };
  }, [online, period]);

  return (
    <div className="narrow">
      <h1>{t('accesslog:title')}</h1>
      <p>{t('accesslog:intro')}</p>
      <form className="form" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('accesslog:from')}
          <input
            type="date"
            value={period.from ?? ''}
            onChange={(e) => setPeriod({ ...period, from: e.target.value || undefined })}
          />
        </label>
        <label>
          {t('accesslog:to')}
          <input
            type="date"
            value={period.to ?? ''}
            onChange={(e) => setPeriod({ ...period, to: e.target.value || undefined })}
          />
        </label>
      </form>
      {!online ? (
        <p role="status">{t('accesslog:offline')}</p>
      ) : error ? (
        <p className="form__error" role="alert">
          {t(`errors:${error}`)}
        </p>
      ) : entries === null ? (
        <p role="status">{t('accesslog:loading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('accesslog:empty')}</p>
      ) : (
        <ol className="access-log">
          {entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <p>
                <strong>{entry.actorName}</strong> ({entry.organisation})
              </p>
              <p>
                {t('accesslog:entry', {
                  what: t(`accesslog:what.${whatOf(entry.entity)}`),
                  action: t(`accesslog:action.${entry.action}`),
                })}
              </p>
              <p>
                <time dateTime={entry.at}>{`${format.dayOfInstant(entry.at)} ${format.time(entry.at)}`}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      <h2 id="download" tabIndex={-1}>
        {t('accesslog:export.title')}
      </h2>
      <p>{t('accesslog:export.text')}</p>
      <a className="button" href={EXPORT_URL} download="gezien-export.json">
        {t('accesslog:export.button')}
      </a>
    </div>
  );
}
