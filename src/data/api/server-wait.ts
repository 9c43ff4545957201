// When the server answers 429 it says, in Retry-After, how long to wait (fair use, SECURITY.md).
// Push and pull note it here from the ApiError; the sync engine does not try again before then.
let waitUntil = 0;

/** Reads a Retry-After header in seconds (the only form our server sends); ignores anything else. */
export function noteServerWait(retryAfter: string | null, now = Date.now()): void {
  const seconds = Number(retryAfter);
  if (retryAfter === null || !Number.isFinite(seconds) || seconds <= 0) return;
  waitUntil = Math.max(waitUntil, now + Math.min(seconds, 3600) * 1000);
}

export const serverWaitRemainingMs = (now = Date.now()): number => Math.max(0, waitUntil - now);

export function resetServerWait(): void {
  waitUntil = 0;
}
