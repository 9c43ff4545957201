// "Snel weg" (SECURITY.md G1, domain.md): replace this page with a neutral site, without a new
// history entry, after locking the app and hiding the page, so neither Back nor the browser's page
// cache brings case content back. It protects against someone looking over a shoulder; it does not
// hide the visit from a monitored phone or from the browser history (the app says so in settings).
import { lockNow } from '../../data/lock/app-lock';

export const NEUTRAL_URL = 'https://www.buienradar.nl/';
const EXITED_KEY = 'gezien.exited';

/** True after a quick exit in this tab, until the person opens the app again on purpose. */
export const hasExited = (): boolean => sessionStorage.getItem(EXITED_KEY) === '1';
export const clearExited = (): void => sessionStorage.removeItem(EXITED_KEY);

export function quickExit(): void {
  sessionStorage.setItem(EXITED_KEY, '1');
  // Hidden at once: a restore from the back-forward cache shows an empty page, then reloads.
  document.documentElement.dataset.exited = '';
  lockNow();
  window.location.replace(NEUTRAL_URL);
}

/** A page brought back by Back from the back-forward cache starts over, behind the lock. */
export function guardAgainstPageCache(): void {
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && hasExited()) window.location.reload();
  });
}
