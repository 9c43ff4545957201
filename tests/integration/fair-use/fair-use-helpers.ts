import { expect } from 'vitest';
import type { ApiResponse } from '../../setup/test-server';

/**
 * Fair-use limits for tests: small counts over a window of an hour, so a test never straddles two
 * windows by accident (and `awayFromWindowEdge` waits in the rare case it would).
 */
export const WINDOW_SECONDS = 3600;
export const fairUseEnv = {
  GEZIEN_FAIR_USE_WINDOW_SECONDS: String(WINDOW_SECONDS),
  GEZIEN_PULLS_PER_MINUTE: '4',
  GEZIEN_PUSHES_PER_MINUTE: '4',
  GEZIEN_MUTATIONS_PER_MINUTE: '6',
  GEZIEN_MUTATIONS_PER_PUSH: '4',
  GEZIEN_STREAMS_PER_USER: '3',
  GEZIEN_STREAMS_PER_SESSION: '2',
};

export async function awayFromWindowEdge(): Promise<void> {
  const left = WINDOW_SECONDS * 1000 - (Date.now() % (WINDOW_SECONDS * 1000));
  if (left < 30_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

export function expectRefused(response: ApiResponse): void {
  expect(response.status, response.text).toBe(429);
  expect(response.body).toEqual({ error: 'rate-limited' });
  const wait = Number(response.headers.get('retry-after'));
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(WINDOW_SECONDS);
}
