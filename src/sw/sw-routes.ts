/**
 * What the service worker may answer. API calls always go to the network untouched (SECURITY.md D1):
 * case data lives only in IndexedDB, never in Cache Storage.
 */
export const apiPathPattern = /^\/api\//;

/** Navigations that get the precached app shell; anything under /api is left to the network. */
export const navigationDenylist: RegExp[] = [apiPathPattern];

export const isApiPath = (pathname: string): boolean => apiPathPattern.test(pathname);

export interface PrecacheEntryLike {
  url: string;
}

/** Defence in depth: even if a build glob ever matched an /api URL, it is not precached. */
export const withoutApi = <T extends PrecacheEntryLike | string>(entries: readonly T[]): T[] =>
  entries.filter(
    (entry) => !isApiPath(new URL(typeof entry === 'string' ? entry : entry.url, 'https://x/').pathname),
  );
