import * as z from 'zod/mini';

/** "Waar ben ik ingelogd" (SECURITY.md C3): own sessions, by a public id that is not the secret. */
export const sessionInfoSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  /** Coarse, e.g. "Chrome · Android"; empty when unknown. */
  device: z.string(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
export const sessionListResponseSchema = z.object({ sessions: z.array(sessionInfoSchema) });
export const endSessionsResponseSchema = z.object({ ended: z.number() });
