import { useState } from 'react';
import { isApiError } from '../../../data/api/api-error';
import { login } from '../../../data/session/session';
import type { ErrorCode } from '../../../shared/api/errors';

export type LoginState = { status: 'idle' } | { status: 'busy' } | { status: 'failed'; code: ErrorCode };

/** Logs in and reports a stable error code the page translates; anything unknown is 'internal'. */
export function useLogin(onSuccess: () => void) {
  const [state, setState] = useState<LoginState>({ status: 'idle' });

  async function submit(username: string, password: string) {
    if (state.status === 'busy') return;
    setState({ status: 'busy' });
    try {
      await login(username, password);
    } catch (error) {
      setState({ status: 'failed', code: isApiError(error) ? error.code : 'internal' });
      return;
    }
    onSuccess();
  }

  return { state, submit };
}
