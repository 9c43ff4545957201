import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../../../data/api/api-error';
import type { ErrorCode } from '../../../shared/api/errors';

/**
 * Online-only data for a console screen (invitations, colleagues, Bekijk als): loading, the data,
 * or why not (`network` when offline). `reload` asks again, e.g. after a write.
 */
export type Online<T> =
  { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; code: ErrorCode };

export function useOnline<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [result, setResult] = useState<Online<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    let current = true;
    stableLoad().then(
      (data) => current && setResult({ state: 'ready', data }),
      (error: unknown) =>
        current && setResult({ state: 'failed', code: isApiError(error) ? error.code : 'internal' }),
    );
    return () => {
      current = false;
    };
  }, [stableLoad, round]);
  return { result, reload: () => setRound((n) => n + 1) };
}
