import * as z from 'zod/mini';
import { idSchema } from '../domain';

/**
 * Invitations (SECURITY.md B1): a professional invites a member; the member opens the link
 * (token in the URL fragment), types the 6-digit code the professional told them, gets a short
 * ticket and chooses a passkey or a password with it.
 */
export const INVITATION_PATH = '/welkom';

export const createInvitationRequestSchema = z.strictObject({ memberId: idSchema });
export const createInvitationResponseSchema = z.object({
  /** ≥128 bits, base64url; goes in the link fragment `/welkom#t=<token>`. */
  token: z.string(),
  link: z.string(),
  /** Six digits, told by the professional in person or by phone, never sent with the link. */
  code: z.string().check(z.regex(/^\d{6}$/)),
  expiresAt: z.string(),
});
export type CreateInvitationResponse = z.infer<typeof createInvitationResponseSchema>;

export const invitationTokenSchema = z.string().check(z.regex(/^[\w-]{22,100}$/));
export const checkInvitationRequestSchema = z.strictObject({
  token: invitationTokenSchema,
  code: z.string().check(z.trim(), z.regex(/^\d{6}$/)),
});
export const checkInvitationResponseSchema = z.object({
  ticket: z.string(),
  ticketExpiresAt: z.string(),
  displayName: z.string(),
});
export type CheckInvitationResponse = z.infer<typeof checkInvitationResponseSchema>;

export const ticketSchema = z.string().check(z.regex(/^[\w-]{22,100}$/));
export const usernameSchema = z
  .string()
  .check(z.trim(), z.minLength(3), z.maxLength(60), z.regex(/^[\p{L}\p{N}._@-]+$/u));

export const redeemWithPasswordRequestSchema = z.strictObject({
  ticket: ticketSchema,
  username: usernameSchema,
  password: z.string().check(z.maxLength(1024)),
});
