import { settleOwedLogout } from '../api/http-client';
import { isLogoutOwed } from './owed-logout';

const RETRY_MS = 5_000;

/** Sends an owed logout at start, when the browser goes online, and every few seconds until sent. */
export function watchOwedLogout(): () => void {
  const settle = () => {
    if (isLogoutOwed()) settleOwedLogout().catch(() => undefined);
  };
  settle();
  window.addEventListener('online', settle);
  const timer = setInterval(settle, RETRY_MS);
  return () => {
    window.removeEventListener('online', settle);
    clearInterval(timer);
  };
}
