import webpush, { type RequestOptions, type PushSubscription } from 'web-push';
import { buildPushPayload } from '../../shared/push/push-notice';
import type { CaseChange } from '../storage/case-change-feed';
import type { Storage } from '../storage/storage';
import type { VapidDetails } from './vapid-keys';

/**
 * Sends "Er is iets nieuws" (SECURITY.md G3) to the other members whose view of a case changed,
 * on every browser they turned notifications on, at most once per quiet period per browser. The
 * payload is built by buildPushPayload and can hold nothing but language and neutral name.
 * Every process hears every change (PostgreSQL LISTEN); claimPushSend lets exactly one send.
 */
export type SendPush = (
  subscription: PushSubscription,
  payload: string,
  options: RequestOptions,
) => Promise<unknown>;

export interface PushNotifierOptions {
  vapid: VapidDetails;
  quietMs?: number;
  /** web-push's sendNotification; tests hand in one that posts web-push's request to a local server. */
  send?: SendPush;
}

const GONE = new Set([404, 410]);

export async function startPushNotifier(
  storage: Storage,
  { vapid, quietMs = 10 * 60_000, send = webpush.sendNotification }: PushNotifierOptions,
): Promise<() => void> {
  const notify = async (change: CaseChange) => {
    if (change.caseId === '*') return;
    const userIds = new Set<string>();
    for (const memberId of change.memberIds) {
      const userId = await storage.findMemberUserId(memberId);
      if (userId && userId !== change.byUserId) userIds.add(userId);
    }
    const now = new Date();
    const quietSince = new Date(now.getTime() - quietMs).toISOString();
    for (const target of await storage.listPushTargets([...userIds], now.toISOString())) {
      if (!(await storage.claimPushSend(target.id, now.toISOString(), quietSince))) continue;
      const subscription = { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } };
      await send(subscription, buildPushPayload(target), {
        vapidDetails: vapid,
        TTL: 24 * 60 * 60,
        urgency: 'normal',
        topic: 'gezien',
      }).catch(async (error: { statusCode?: number }) => {
        if (error.statusCode && GONE.has(error.statusCode))
          await storage.deletePushSubscriptionById(target.id);
      });
    }
  };
  return storage.listenCaseChanges((change) => {
    notify(change).catch(() => undefined);
  });
}
