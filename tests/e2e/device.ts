import type { Page } from '@playwright/test';

/**
 * What someone with a copy of the browser profile reads: every IndexedDB record of every database,
 * raw, without the app and without its key. Binary fields (ciphertext) are left out.
 */
export function readRawIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const texts: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error('open failed'));
      });
      for (const store of idb.objectStoreNames) {
        const rows = await new Promise<unknown[]>((resolve) => {
          const request = idb.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
        });
        texts.push(
          JSON.stringify(rows, (_key, value: unknown) =>
            value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? '[binary]' : value,
          ),
        );
      }
      idb.close();
    }
    return texts.join('\n');
  });
}

/** Counts the records of one store in the app's database, raw. */
export function countRaw(page: Page, store: string): Promise<number> {
  return page.evaluate(async (storeName) => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('gezien');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error('open failed'));
    });
    const count = await new Promise<number>((resolve) => {
      const request = idb.transaction(storeName).objectStore(storeName).count();
      request.onsuccess = () => resolve(request.result);
    });
    idb.close();
    return count;
  }, store);
}

export async function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}
