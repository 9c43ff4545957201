import * as z from 'zod/mini';
import { ticketSchema } from './invitations';

/**
 * Passkeys (SECURITY.md B4). Options and responses are the JSON shapes of @simplewebauthn 13
 * (WebAuthn Level 3 JSON); the server validates them in depth, so here they are only objects.
 */
export const webauthnJsonSchema = z.looseObject({ id: z.string().check(z.maxLength(1024)) });

/** Options for the browser (PublicKeyCredential*OptionsJSON); only the challenge is checked here. */
export const passkeyOptionsSchema = z.looseObject({ challenge: z.string() });

export const passkeyLoginVerifyRequestSchema = z.strictObject({ response: webauthnJsonSchema });

export const invitationPasskeyOptionsRequestSchema = z.strictObject({ ticket: ticketSchema });
export const invitationPasskeyVerifyRequestSchema = z.strictObject({
  ticket: ticketSchema,
  response: webauthnJsonSchema,
});
export const passkeyRegisterVerifyRequestSchema = z.strictObject({ response: webauthnJsonSchema });
