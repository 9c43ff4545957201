// Issue 13 row 1: a logout made offline still owes the server the end of the session. This flag
// survives the wipe on purpose and holds no token and no case data, only "a logout is owed". The
// HTTP client sends that logout before any other request (http-client.ts), the app sends it as soon
// as it is online (watchOwedLogout), and where the browser has Background Sync the service worker
// sends it even when the app is closed (src/sw/owed-logout-sync.ts).
import { OWED_LOGOUT_SYNC_TAG } from '../../shared/push/push-notice';

export const OWED_LOGOUT_KEY = 'gezien.logoutOwed';
const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

export const isLogoutOwed = (): boolean => storage()?.getItem(OWED_LOGOUT_KEY) === '1';

export function markLogoutOwed(): void {
  storage()?.setItem(OWED_LOGOUT_KEY, '1');
  if (typeof navigator === 'undefined' || !navigator.serviceWorker) return;
  navigator.serviceWorker.ready
    .then((registration) =>
      (
        registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }
      ).sync?.register(OWED_LOGOUT_SYNC_TAG),
    )
    .catch(() => undefined);
}

export const clearLogoutOwed = (): void => storage()?.removeItem(OWED_LOGOUT_KEY);
