import webpush from 'web-push';
import type { Config } from '../config';
import type { Storage } from '../storage/storage';

export interface VapidDetails {
  subject: string;
  publicKey: string;
  privateKey: string;
}

/**
 * The server's VAPID key pair (Web Push), made once and kept in server_secrets so every process
 * on the database signs with the same key. The subject is the site's https origin when configured.
 */
export async function loadVapidDetails(storage: Storage, config: Config): Promise<VapidDetails> {
  const stored = await storage.ensureSecret('vapid-keys', () => JSON.stringify(webpush.generateVAPIDKeys()));
  const { publicKey, privateKey } = JSON.parse(stored) as { publicKey: string; privateKey: string };
  const https = config.origins.find((origin) => origin.startsWith('https://'));
  return { subject: https ?? 'mailto:beheer@gezien.invalid', publicKey, privateKey };
}
