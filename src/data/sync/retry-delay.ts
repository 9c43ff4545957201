// After a sync that did not reach the server, or that the server refused for now, try again soon
// and then less often: 2 s, 4 s, 8 s … at most a minute. navigator.onLine cannot be trusted to fire
// `online` (captive portals, dead Wi-Fi, a tab opened while offline), so waiting for it alone could
// leave a family's words on the device until the next timer or visit.
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 60_000;

/** Delay before the next try after `failuresInARow` failed runs (1 or more), never before the server's wait. */
export function retryDelayMs(failuresInARow: number, serverWaitMs = 0): number {
  const backoff = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failuresInARow - 1));
  return Math.max(backoff, serverWaitMs);
}
