import * as z from 'zod/mini';

/**
 * What a push notification may say (SECURITY.md G3). The payload carries only the language and
 * whether the app goes by its neutral name; the words are fixed here and shown by the service
 * worker. No name, no case, no count, no content can get in: the builder takes nothing else.
 */
export const pushPayloadSchema = z.strictObject({
  v: z.literal(1),
  lang: z.enum(['nl', 'en']),
  neutral: z.boolean(),
});
export type PushPayload = z.infer<typeof pushPayloadSchema>;

export interface PushAudience {
  lang: 'nl' | 'en';
  neutral: boolean;
}

export function buildPushPayload(audience: PushAudience): string {
  const payload: PushPayload = {
    v: 1,
    lang: audience.lang === 'en' ? 'en' : 'nl',
    neutral: audience.neutral === true,
  };
  return JSON.stringify(payload);
}

const notices = {
  nl: {
    gezien: { title: 'Gezien', body: 'Er is iets nieuws in Gezien.' },
    neutral: { title: 'Notities', body: 'Er is iets nieuws.' },
  },
  en: {
    gezien: { title: 'Gezien', body: 'There is something new in Gezien.' },
    neutral: { title: 'Notities', body: 'There is something new.' },
  },
} as const;

/** The words for a payload; anything unexpected gets the neutral Dutch notice. */
export function noticeFor(raw: unknown): { title: string; body: string } {
  const parsed = pushPayloadSchema.safeParse(raw);
  if (!parsed.success) return notices.nl.neutral;
  return notices[parsed.data.lang][parsed.data.neutral ? 'neutral' : 'gezien'];
}

/** The service worker's Background Sync tag for a logout made offline (issue 13 row 1). */
export const OWED_LOGOUT_SYNC_TAG = 'gezien-logout-owed';
