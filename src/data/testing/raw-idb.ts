// Reads a database the way someone with a copy of the browser profile would: raw IndexedDB, no
// Dexie, no key. Binary fields (ciphertext) are left out; everything else is turned into text.
export async function readRawText(dbName: string, factory: IDBFactory = indexedDB): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = factory.open(dbName);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
  const names = [...idb.objectStoreNames];
  const tx = idb.transaction(names, 'readonly');
  const all = await Promise.all(
    names.map(
      (name) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = tx.objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        }),
    ),
  );
  idb.close();
  return JSON.stringify(Object.fromEntries(names.map((name, i) => [name, all[i]])), (_key, value: unknown) =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? '[binary]' : value,
  );
}
