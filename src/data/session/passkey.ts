// Passkeys in the browser (SECURITY.md B4) through @simplewebauthn/browser: the server makes the
// options and checks the answer; this file only hands them to the browser's authenticator.
import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { loginResponseSchema } from '../../shared/api/auth';
import { passkeyOptionsSchema } from '../../shared/api/passkeys';
import { request } from '../api/http-client';
import { ApiError } from '../api/api-error';
import { finishLogin, type LoginResult } from './session';

type AuthenticationOptions = Parameters<typeof startAuthentication>[0]['optionsJSON'];
type RegistrationOptions = Parameters<typeof startRegistration>[0]['optionsJSON'];

/** True when this browser can make and use passkeys at all. */
export const passkeysSupported = () =>
  typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';

// A cancelled or failed ceremony in the browser is not a server answer: one code for all of them.
async function ceremony<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch {
    throw new ApiError('passkey-failed');
  }
}

export async function loginWithPasskey(): Promise<LoginResult> {
  const optionsJSON = (await request(
    'POST',
    '/api/auth/passkey/options',
    passkeyOptionsSchema,
    {},
  )) as AuthenticationOptions;
  const response = await ceremony(() => startAuthentication({ optionsJSON }));
  const { failedLogins } = await request('POST', '/api/auth/passkey/verify', loginResponseSchema, {
    response,
  });
  return finishLogin(failedLogins);
}

/** Redeems an invitation by registering a passkey with the ticket from the code check. */
export async function redeemWithPasskey(ticket: string): Promise<LoginResult> {
  const optionsJSON = (await request('POST', '/api/invitations/passkey/options', passkeyOptionsSchema, {
    ticket,
  })) as unknown as RegistrationOptions;
  const response = await ceremony(() => startRegistration({ optionsJSON }));
  await request('POST', '/api/invitations/passkey/verify', loginResponseSchema, { ticket, response });
  return finishLogin();
}
