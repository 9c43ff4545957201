// Logging in and out. Login: the server sets the session cookie, we store who we are (me) and pull the
// case. A different user on the same device first wipes the previous user's data. Logout always wipes
// locally, also when the server cannot be reached.
import { loginResponseSchema } from '../../shared/api/auth';
import { meResponseSchema, type MeResponse } from '../../shared/api/me';
import { LOGOUT_PATH, request } from '../api/http-client';
import { isApiError } from '../api/api-error';
import { dropPushSubscription } from '../push/push-subscription';
import { markLogoutOwed } from './owed-logout';
import { getMe, saveMe } from '../repos/me-repo';
import { setMeta } from '../repos/meta-repo';
import { pullOnce, type PullOutcome } from '../sync/pull';
import { startSharedDeviceMode } from './shared-device';
import { wipeLocalData } from './wipe-local-data';

export interface LoginResult {
  me: MeResponse;
  pull: PullOutcome;
  /** Wrong passwords tried for this login since its last login: the person is told. */
  failedLogins: number;
}

export interface LoginOptions {
  /** "Dit is niet mijn eigen apparaat": store nothing on the device (shared-device.ts). */
  sharedDevice?: boolean;
}

/** Throws an ApiError (e.g. 'invalid-credentials', 'network') when login does not succeed. */
export async function login(
  username: string,
  password: string,
  { sharedDevice = false }: LoginOptions = {},
): Promise<LoginResult> {
  const body = sharedDevice ? { username, password, sharedDevice } : { username, password };
  const { failedLogins } = await request('POST', '/api/auth/login', loginResponseSchema, body);
  if (sharedDevice) await startSharedDeviceMode();
  return finishLogin(failedLogins);
}

/** After any way in (password, passkey, invitation) set the session cookie: who am I, then pull. */
export async function finishLogin(failedLogins = 0): Promise<LoginResult> {
  const me = await request('GET', '/api/auth/me', meResponseSchema);
  const previous = await getMe();
  if (previous && previous.user.id !== me.user.id) await wipeLocalData();
  await saveMe(me);
  await setMeta('sessionExpired', false);
  return { me, pull: await pullOnce(), failedLogins };
}

/**
 * Ends the session and wipes the device. Offline, the wipe still happens at once and the server's
 * end of the session is owed: sent first on the next connection (owed-logout.ts).
 */
export async function logout(): Promise<void> {
  try {
    await request('POST', LOGOUT_PATH, null);
  } catch (error) {
    if (!isApiError(error, 'unauthenticated')) markLogoutOwed();
  }
  await Promise.all([wipeLocalData(), dropPushSubscription().catch(() => undefined)]);
}
