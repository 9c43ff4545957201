// Shared-device mode (SECURITY.md G4, "dit is niet mijn eigen apparaat"): after the login succeeded,
// the device's own database is wiped and this page keeps the case in memory only; the server gave a
// cookie that ends with the browser, and closing or reloading the page logs out (a keepalive
// request, which still goes out while the page unloads). Offline use is not possible in this mode.
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../shared/api/auth';
import { isMemoryStorage, switchToMemoryStorage } from '../db/gezien-db';
import { LOGOUT_PATH } from '../api/http-client';
import { wipeLocalData } from './wipe-local-data';

export const isSharedDevice = (): boolean => isMemoryStorage();

function logOutOnClose(): void {
  window.addEventListener('pagehide', () => {
    void fetch(LOGOUT_PATH, {
      method: 'POST',
      keepalive: true,
      credentials: 'same-origin',
      headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
    }).catch(() => undefined);
  });
}

export async function startSharedDeviceMode(): Promise<void> {
  if (isMemoryStorage()) return;
  await wipeLocalData();
  await switchToMemoryStorage();
  if (typeof window !== 'undefined') logOutOnClose();
}
