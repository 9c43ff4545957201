// Web Push in the service worker (SECURITY.md G3). The words come from the shared fixed notices,
// never from the payload, so a notification can only ever say "Er is iets nieuws". Tapping it
// focuses the app (or opens it); the app syncs when it becomes visible.
import { noticeFor } from '../shared/push/push-notice';

declare let self: ServiceWorkerGlobalScope;

export function handlePush(): void {
  self.addEventListener('push', (event: PushEvent) => {
    let raw: unknown = null;
    try {
      raw = event.data?.json();
    } catch {
      raw = null;
    }
    const { title, body } = noticeFor(raw);
    const neutral = title !== 'Gezien';
    event.waitUntil(
      self.registration.showNotification(title, {
        body,
        icon: neutral ? '/icons/neutral-192.png' : '/icons/icon-192.png',
        tag: 'gezien-news',
      }),
    );
  });

  self.addEventListener('notificationclick', (event: NotificationEvent) => {
    event.notification.close();
    event.waitUntil(
      self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
        const open = windows[0];
        if (open) return open.focus().then(() => undefined);
        return self.clients.openWindow('/').then(() => undefined);
      }),
    );
  });
}
