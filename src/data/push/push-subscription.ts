// Notifications (SECURITY.md G3): off by default; only turned on from the settings page, after the
// person pressed the button (the permission prompt needs that gesture). The server stores the
// subscription with this session; logout ends both.
import { pushKeyResponseSchema } from '../../shared/api/push';
import { request } from '../api/http-client';

export const pushSupported = (): boolean =>
  typeof window !== 'undefined' &&
  'PushManager' in window &&
  'serviceWorker' in navigator &&
  'Notification' in window;

const currentSubscription = async (): Promise<PushSubscription | null> =>
  pushSupported() ? (await navigator.serviceWorker.ready).pushManager.getSubscription() : null;

export const isPushOn = async (): Promise<boolean> =>
  Notification.permission === 'granted' && (await currentSubscription()) !== null;

const toBytes = (base64url: string): Uint8Array<ArrayBuffer> => {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
};

export type PushOutcome = 'on' | 'denied' | 'unsupported';

/** Call from a click handler only. */
export async function turnPushOn(lang: 'nl' | 'en', neutral: boolean): Promise<PushOutcome> {
  if (!pushSupported()) return 'unsupported';
  if ((await Notification.requestPermission()) !== 'granted') return 'denied';
  const { publicKey } = await request('GET', '/api/push/key', pushKeyResponseSchema);
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: toBytes(publicKey),
  });
  const { endpoint, keys } = subscription.toJSON();
  await request('POST', '/api/push/subscriptions', null, { endpoint, keys, lang, neutral });
  return 'on';
}

export async function turnPushOff(): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  await request('DELETE', '/api/push/subscriptions', null, { endpoint: subscription.endpoint }).catch(
    () => undefined,
  );
  await subscription.unsubscribe();
}

/** At logout: this browser stops listening; the server already dropped it with the session. */
export async function dropPushSubscription(): Promise<void> {
  await (await currentSubscription().catch(() => null))?.unsubscribe();
}
