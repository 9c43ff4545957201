// Issue 13 row 1: a logout made offline is sent by the service worker as soon as the browser is
// online again, even with the app closed (Background Sync, Chromium). The page sends it too
// (src/data/session/owed-logout.ts); sending it twice is harmless.
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../shared/api/auth';
import { OWED_LOGOUT_SYNC_TAG } from '../shared/push/push-notice';

declare let self: ServiceWorkerGlobalScope;

interface SyncEvent extends ExtendableEvent {
  tag: string;
}

export function handleOwedLogout(): void {
  self.addEventListener('sync' as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
    const sync = event as unknown as SyncEvent;
    if (sync.tag !== OWED_LOGOUT_SYNC_TAG) return;
    sync.waitUntil(
      fetch('/api/auth/logout', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
      }).then((response) => {
        // A failure makes the browser try again later.
        if (!response.ok && response.status !== 401) throw new Error(`logout ${response.status}`);
      }),
    );
  });
}
