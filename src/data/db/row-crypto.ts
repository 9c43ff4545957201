// Encryption of one IndexedDB row (SECURITY.md D3, decision 011): AES-GCM with a 256-bit data key
// that lives only in memory while the app is unlocked. A fresh 96-bit IV per write; the table name
// and primary key are the additional data, so a sealed row cannot be moved to another row or table.
export const SEALED = '$sealed';

export interface SealedValue {
  iv: Uint8Array;
  data: ArrayBuffer;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const additionalData = (table: string, primaryKey: unknown) =>
  encoder.encode(`${table}\u0000${JSON.stringify(primaryKey)}`);

export async function sealValue(
  key: CryptoKey,
  table: string,
  primaryKey: unknown,
  value: unknown,
): Promise<SealedValue> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(table, primaryKey) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

/** Throws (OperationError) when the row was changed, moved or sealed with another key. */
export async function openValue(
  key: CryptoKey,
  table: string,
  primaryKey: unknown,
  sealed: SealedValue,
): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    {
      name: 'AES-GCM',
      iv: sealed.iv as Uint8Array<ArrayBuffer>,
      additionalData: additionalData(table, primaryKey),
    },
    key,
    sealed.data,
  );
  return JSON.parse(decoder.decode(plain)) as unknown;
}

export const isSealedRow = (row: unknown): row is { [SEALED]: SealedValue } =>
  typeof row === 'object' && row !== null && SEALED in row;

/** A new random data key. Extractable only so that it can be wrapped once; see vault-keys.ts. */
export const generateDataKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
