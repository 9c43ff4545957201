import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getLastSyncedAt } from '../../data/repos/meta-repo';
import { useDateFormat } from '../i18n/format-date';
import { useOnline } from './use-online';

const isToday = (instant: string) => new Date(instant).toDateString() === new Date().toDateString();

/** One quiet line: online or not, and when this device last got news from the server. */
export function SyncStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const format = useDateFormat();
  const lastSyncedAt = useLiveQuery(getLastSyncedAt);

  let synced: string | null = null;
  if (lastSyncedAt === null) synced = t('sync.never');
  else if (lastSyncedAt !== undefined) {
    const time = format.time(lastSyncedAt);
    synced = isToday(lastSyncedAt)
      ? t('sync.lastSyncedToday', { time })
      : t('sync.lastSyncedOn', { date: format.dayOfInstant(lastSyncedAt), time });
  }

  return (
    <p className={`sync-status ${online ? '' : 'sync-status--offline'}`} data-testid="sync-status">
      <span role="status">{online ? t('sync.online') : t('sync.offline')}</span>
      {synced && <span> · {synced}</span>}
    </p>
  );
}
