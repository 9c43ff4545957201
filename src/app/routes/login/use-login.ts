import { useState } from 'react';
import { isApiError } from '../../../data/api/api-error';
import { loginWithPasskey } from '../../../data/session/passkey';
import { login, type LoginResult } from '../../../data/session/session';
import type { ErrorCode } from '../../../shared/api/errors';

export type LoginState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'passkey' }
  | { status: 'failed'; code: ErrorCode }
  /** Logged in, but someone tried wrong passwords since the last login: say so before going on. */
  | { status: 'warned'; failedLogins: number };

/** Logs in and reports a stable error code the page translates; anything unknown is 'internal'. */
export function useLogin(onSuccess: () => void) {
  const [state, setState] = useState<LoginState>({ status: 'idle' });

  async function run(attempt: () => Promise<LoginResult>, busy: 'busy' | 'passkey') {
    if (state.status === 'busy' || state.status === 'passkey') return;
    setState({ status: busy });
    let result: LoginResult;
    try {
      result = await attempt();
    } catch (error) {
      setState({ status: 'failed', code: isApiError(error) ? error.code : 'internal' });
      return;
    }
    if (result.failedLogins > 0) setState({ status: 'warned', failedLogins: result.failedLogins });
    else onSuccess();
  }

  return {
    state,
    submit: (username: string, password: string, sharedDevice = false) =>
      run(() => login(username, password, { sharedDevice }), 'busy'),
    submitPasskey: () => run(loginWithPasskey, 'passkey'),
  };
}
