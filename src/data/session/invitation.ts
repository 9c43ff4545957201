// Redeeming an invitation (SECURITY.md B1): check link + code for a ticket, then set a password
// (or a passkey, see passkey.ts) with it. The session cookie comes with the last step.
import { loginResponseSchema } from '../../shared/api/auth';
import { checkInvitationResponseSchema, type CheckInvitationResponse } from '../../shared/api/invitations';
import { request } from '../api/http-client';
import { finishLogin, type LoginResult } from './session';

/** The link token from `/welkom#t=<token>`: in the fragment, so it never reaches a server log. */
export function invitationTokenFrom(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('t');
  return token && /^[\w-]{22,100}$/.test(token) ? token : null;
}

export const checkInvitationCode = (token: string, code: string): Promise<CheckInvitationResponse> =>
  request('POST', '/api/invitations/check', checkInvitationResponseSchema, { token, code });

export async function redeemWithPassword(
  ticket: string,
  username: string,
  password: string,
): Promise<LoginResult> {
  await request('POST', '/api/invitations/password', loginResponseSchema, { ticket, username, password });
  return finishLogin();
}
