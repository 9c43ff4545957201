// The service worker (vite-plugin-pwa injectManifest, Workbox 7). It precaches the app shell, its
// chunks and the translation chunks, so the app opens offline; navigations get the precached
// index.html. It never caches or answers /api/*: those requests are not routed here at all and go
// straight to the network. Updates wait for the person to press "Nu bijwerken" (SKIP_WAITING).
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { navigationDenylist, withoutApi } from './sw-routes';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

precacheAndRoute(withoutApi(self.__WB_MANIFEST));
cleanupOutdatedCaches();

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: navigationDenylist }));

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
