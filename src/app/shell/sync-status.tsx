import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { getLastSyncedAt } from '../../data/repos/meta-repo';
import { countUnsent } from '../../data/sync/pending';
import { getSyncStatus, subscribeSyncStatus } from '../../data/sync/sync-status-store';
import { useDateFormat } from '../i18n/format-date';
import { useOnline } from './use-online';

const isToday = (instant: string) => new Date(instant).toDateString() === new Date().toDateString();

/**
 * One quiet line: online or not, what is still waiting to be sent (SECURITY.md D6: the family must
 * know words are only on this device), whether a sync runs, the last problem, and when this device
 * last got news from the server. Pending count and last sync come from IndexedDB, so every tab agrees.
 */
export function SyncStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const format = useDateFormat();
  const lastSyncedAt = useLiveQuery(getLastSyncedAt);
  const pending = useLiveQuery(countUnsent) ?? 0;
  const { syncing, lastError } = useSyncExternalStore(subscribeSyncStatus, getSyncStatus, getSyncStatus);

  let synced: string | null = null;
  if (lastSyncedAt === null) synced = t('sync.never');
  else if (lastSyncedAt !== undefined) {
    const time = format.time(lastSyncedAt);
    synced = isToday(lastSyncedAt)
      ? t('sync.lastSyncedToday', { time })
      : t('sync.lastSyncedOn', { date: format.dayOfInstant(lastSyncedAt), time });
  }
  const problem = online && lastError && lastError !== 'offline' ? t(`sync.error.${lastError}`) : null;
  // navigator.onLine can say "online" after an offline start or on a dead network: what the last send
  // attempt met decides whether we say the server was reached.
  const unreachable = online && lastError === 'offline';
  const state = !online ? t('sync.offline') : unreachable ? t('sync.unreachable') : t('sync.online');

  return (
    <p
      className={`sync-status ${online && !unreachable ? '' : 'sync-status--offline'}`}
      data-testid="sync-status"
      data-pending={pending}
    >
      <span role="status">
        {state}
        {pending > 0 && <span data-testid="sync-pending"> · {t('sync.pending', { count: pending })}</span>}
        {syncing && <span> · {t('sync.syncing')}</span>}
        {problem && <span> · {problem}</span>}
      </span>
      {synced && <span> · {synced}</span>}
    </p>
  );
}
