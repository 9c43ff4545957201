import * as z from 'zod/mini';

/**
 * Web Push (SECURITY.md G3). The browser's subscription, and the two things the server needs to
 * word the notice: the language and whether the app goes by its neutral name. Never content.
 */
export const pushKeyResponseSchema = z.object({ publicKey: z.string() });

const base64url = z.string().check(z.regex(/^[\w-]{16,200}$/));

export const pushSubscriptionSchema = z.object({
  endpoint: z.url().check(z.maxLength(1000), z.startsWith('https://')),
  keys: z.object({ p256dh: base64url, auth: base64url }),
  lang: z.enum(['nl', 'en']),
  neutral: z.boolean(),
});
export type PushSubscriptionBody = z.infer<typeof pushSubscriptionSchema>;

export const pushUnsubscribeSchema = z.object({ endpoint: z.string().check(z.maxLength(1000)) });
