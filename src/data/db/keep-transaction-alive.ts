/**
 * Waits for `work` (WebCrypto) without letting the IndexedDB transaction commit. A transaction
 * commits as soon as no request is pending when control returns to the event loop, and WebCrypto
 * answers in a later task: awaiting it inside a transaction gives TransactionInactiveError. So, as
 * Dexie.waitFor does, a cheap request is kept pending on the transaction until `work` settles, and
 * the result is handed on inside that request's success event, while the transaction is active.
 */
export function keepTransactionAlive<T>(trans: IDBTransaction, work: Promise<T>): Promise<T> {
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
  work.then(
    (value) => (outcome = { ok: true, value }),
    (error: unknown) => (outcome = { ok: false, error }),
  );
  const store = trans.objectStore(trans.objectStoreNames[0]!);
  return new Promise<T>((resolve, reject) => {
    const spin = () => {
      if (outcome?.ok) return resolve(outcome.value);
      if (outcome) return reject(outcome.error as Error);
      const request = store.count(-Infinity);
      request.onsuccess = spin;
      request.onerror = () => reject(request.error ?? new Error('keep-alive request failed'));
    };
    spin();
  });
}
