import { useEffect, useSyncExternalStore } from 'react';
import { initLock } from '../../data/lock/app-lock';
import { getLockStatus, subscribeLockStatus, type LockStatus } from '../../data/lock/lock-store';

/** The app lock's state; reads the vault once when still unknown. */
export function useLockStatus(): LockStatus {
  const status = useSyncExternalStore(subscribeLockStatus, getLockStatus, getLockStatus);
  useEffect(() => {
    if (status === 'unknown') void initLock();
  }, [status]);
  return status;
}
