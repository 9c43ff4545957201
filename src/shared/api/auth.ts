import * as z from 'zod/mini';
import { idSchema } from '../domain';

/** The custom header every non-GET request must carry (CSRF defence, DESIGN.md §4a). */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'gezien';
/**
 * Sent with value `1` on requests the app makes while nobody is using it (background pulls): they
 * do not count as activity, so the idle timeout still ends the session (issue 13 row 6).
 */
export const BACKGROUND_HEADER = 'x-gezien-background';

export const loginRequestSchema = z.strictObject({
  username: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
  /** "Dit is niet mijn eigen apparaat" (SECURITY.md G4): a session cookie that ends with the browser. */
  sharedDevice: z.optional(z.boolean()),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const userKindSchema = z.enum(['family', 'professional']);
export const sessionUserSchema = z.object({ id: idSchema, kind: userKindSchema });
export type SessionUser = z.infer<typeof sessionUserSchema>;
export const loginResponseSchema = z.object({
  user: sessionUserSchema,
  /** Wrong passwords tried for this login since its last login (0 when none). */
  failedLogins: z._default(z.number().check(z.int(), z.nonnegative()), 0),
});

export const healthResponseSchema = z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']) });
