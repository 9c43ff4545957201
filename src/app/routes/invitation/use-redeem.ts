import { useState } from 'react';
import { isApiError } from '../../../data/api/api-error';
import { checkInvitationCode, redeemWithPassword } from '../../../data/session/invitation';
import { redeemWithPasskey } from '../../../data/session/passkey';
import type { ErrorCode } from '../../../shared/api/errors';

export type RedeemStep = { step: 'code' } | { step: 'choose'; ticket: string; displayName: string };

/** The redemption steps: code → ticket → passkey or password → logged in. */
export function useRedeem(token: string, onDone: () => void) {
  const [state, setState] = useState<RedeemStep>({ step: 'code' });
  const [busy, setBusy] = useState<'code' | 'passkey' | 'password' | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function run(kind: 'code' | 'passkey' | 'password', work: () => Promise<void>) {
    if (busy) return;
    setBusy(kind);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(isApiError(caught) ? caught.code : 'internal');
    } finally {
      setBusy(null);
    }
  }

  const ticket = state.step === 'choose' ? state.ticket : '';
  return {
    state,
    busy,
    error,
    checkCode: (code: string) =>
      run('code', async () => {
        const checked = await checkInvitationCode(token, code);
        setState({ step: 'choose', ticket: checked.ticket, displayName: checked.displayName });
      }),
    usePasskey: () =>
      run('passkey', async () => {
        await redeemWithPasskey(ticket);
        onDone();
      }),
    usePassword: (username: string, password: string) =>
      run('password', async () => {
        await redeemWithPassword(ticket, username, password);
        onDone();
      }),
  };
}
