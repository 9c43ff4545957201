// The service worker (vite-plugin-pwa injectManifest, Workbox 7). It precaches the app shell, its
// chunks and the translation chunks, so the app opens offline; navigations get the precached
// index.html. It never caches or answers /api/*: those requests are not routed here at all and go
// straight to the network. Updates wait for the person to press "Nu bijwerken" (SKIP_WAITING).
// It also shows push notices (sw-push.ts) and sends a logout made offline (owed-logout-sync.ts).
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { handleOwedLogout } from './owed-logout-sync';
import { handlePush } from './sw-push';
import { navigationDenylist, withoutApi } from './sw-routes';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

precacheAndRoute(withoutApi(self.__WB_MANIFEST));
cleanupOutdatedCaches();

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: navigationDenylist }));

// The first install takes over open pages at once, so the app works offline from the first visit.
// Later versions still wait for SKIP_WAITING and take over only after the person chose to update.
clientsClaim();

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

handlePush();
handleOwedLogout();
