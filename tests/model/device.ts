// One simulated device: its own copy of the REAL client data layer (a fresh module graph after
// vi.resetModules) over its own IndexedDB (fake-indexeddb's IDBFactory, injected through the db
// module's INDEXED_DB_OVERRIDE) and its own fetch. Several devices run side by side in one process.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { vi } from 'vitest';
import { INDEXED_DB_OVERRIDE } from '../../src/data/db/gezien-db';

export async function loadDevice(fetchImpl: typeof fetch, baseUrl = 'http://device.test') {
  vi.resetModules();
  const globals = globalThis as Record<symbol, unknown>;
  globals[INDEXED_DB_OVERRIDE] = { indexedDB: new IDBFactory(), IDBKeyRange };
  try {
    const [dbModule, mutateModule, engineModule, http, meRepo, perspectivesRepo, pending, session] =
      await Promise.all([
        import('../../src/data/db/gezien-db'),
        import('../../src/data/sync/mutate'),
        import('../../src/data/sync/sync-engine'),
        import('../../src/data/api/http-client'),
        import('../../src/data/repos/me-repo'),
        import('../../src/data/repos/perspectives-repo'),
        import('../../src/data/sync/pending'),
        import('../../src/data/session/session'),
      ]);
    http.configureHttpClient({ baseUrl, fetch: fetchImpl });
    return {
      db: dbModule.db,
      deleteLocalDatabase: dbModule.deleteLocalDatabase,
      mutate: mutateModule.mutate,
      SyncEngine: engineModule.SyncEngine,
      saveMe: meRepo.saveMe,
      listMyPerspectives: perspectivesRepo.listMyPerspectives,
      countUnsent: pending.countUnsent,
      login: session.login,
    };
  } finally {
    delete globals[INDEXED_DB_OVERRIDE];
  }
}
export type DeviceModules = Awaited<ReturnType<typeof loadDevice>>;

/** fetch with this device's own cookie jar (the server's cookie is Secure; Node sends it on http). */
export function cookieFetch(): typeof fetch {
  const jar = new Map<string, string>();
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value) jar.set(name.trim(), value);
      else jar.delete(name.trim());
    }
    return response;
  };
}
