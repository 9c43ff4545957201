import { describe, expect, it } from 'vitest';
import { isApiPath, navigationDenylist, withoutApi } from './sw-routes';

describe('service worker routes', () => {
  it('never treats an API call as a navigation to the app shell', () => {
    expect(navigationDenylist.some((pattern) => pattern.test('/api/auth/me'))).toBe(true);
    expect(navigationDenylist.some((pattern) => pattern.test('/betrokken'))).toBe(false);
  });

  it('keeps /api URLs out of the precache list', () => {
    const entries = [{ url: 'index.html' }, { url: '/api/sync/pull' }, 'assets/app.js', 'api/x'];
    expect(withoutApi(entries)).toEqual([{ url: 'index.html' }, 'assets/app.js']);
  });

  it('recognises API paths only at the root', () => {
    expect(isApiPath('/api/health')).toBe(true);
    expect(isApiPath('/apis')).toBe(false);
    expect(isApiPath('/betrokken/api/x')).toBe(false);
  });
});
