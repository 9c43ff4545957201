// Registers /sw.js in production builds only (a dev service worker would serve stale code). When an
// update is waiting we only announce it; the page reloads after the person presses the button.
import { Workbox } from 'workbox-window';
import { announceUpdate } from './update-store';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/', updateViaCache: 'none' });
  workbox.addEventListener('waiting', () => {
    announceUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  void workbox.register();
}
