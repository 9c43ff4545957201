import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meResponseSchema } from '../../shared/api/me';
import { request } from '../api/http-client';
import { stubApi } from '../testing/fake-api';
import { aMe, newId } from '../testing/fixtures';
import { isLogoutOwed } from './owed-logout';
import { logout } from './session';

// Node has no localStorage; a Map-backed one stands in for the browser's.
beforeEach(() => {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
    removeItem: (key: string) => items.delete(key),
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const paths = (spy: ReturnType<typeof stubApi>) =>
  spy.mock.calls.map(([input]) => new URL(String(input), 'http://x').pathname);

describe('a logout made offline', () => {
  it('is owed, and sent before the next request goes out with the session', async () => {
    stubApi({ 'POST /api/auth/logout': () => 'network-error' });
    await logout();
    expect(isLogoutOwed()).toBe(true);
    expect(localStorage.getItem('gezien.logoutOwed')).toBe('1');

    vi.restoreAllMocks();
    const me = aMe(newId(), newId());
    const spy = stubApi({
      'POST /api/auth/logout': () => ({ status: 204 }),
      'GET /api/auth/me': () => ({ status: 200, body: me }),
    });
    await request('GET', '/api/auth/me', meResponseSchema);

    expect(paths(spy)).toEqual(['/api/auth/logout', '/api/auth/me']);
    expect(isLogoutOwed()).toBe(false);
  });

  it('blocks every other request while the server cannot be told', async () => {
    const spy = stubApi({ 'POST /api/auth/logout': () => 'network-error' });
    await logout();

    await expect(request('GET', '/api/auth/me', meResponseSchema)).rejects.toMatchObject({ code: 'network' });
    expect(paths(spy)).toEqual(['/api/auth/logout', '/api/auth/logout']);
    expect(isLogoutOwed()).toBe(true);
  });

  it('is not owed when the server already ended the session', async () => {
    stubApi({ 'POST /api/auth/logout': () => ({ status: 401, body: { error: 'unauthenticated' } }) });
    await logout();
    expect(isLogoutOwed()).toBe(false);
  });
});
