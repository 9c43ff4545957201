import { useState } from 'react';
import { isApiError } from '../../../data/api/api-error';
import { loginWithPasskey } from '../../../data/session/passkey';
import { login } from '../../../data/session/session';
import type { ErrorCode } from '../../../shared/api/errors';

export type LoginState =
  { status: 'idle' } | { status: 'busy' } | { status: 'passkey' } | { status: 'failed'; code: ErrorCode };

/** Logs in and reports a stable error code the page translates; anything unknown is 'internal'. */
export function useLogin(onSuccess: () => void) {
  const [state, setState] = useState<LoginState>({ status: 'idle' });

  async function run(attempt: () => Promise<unknown>, busy: 'busy' | 'passkey') {
    if (state.status === 'busy' || state.status === 'passkey') return;
    setState({ status: busy });
    try {
      await attempt();
    } catch (error) {
      setState({ status: 'failed', code: isApiError(error) ? error.code : 'internal' });
      return;
    }
    onSuccess();
  }

  return {
    state,
    submit: (username: string, password: string, sharedDevice = false) =>
      run(() => login(username, password, { sharedDevice }), 'busy'),
    submitPasskey: () => run(loginWithPasskey, 'passkey'),
  };
}
