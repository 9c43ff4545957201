// Keys of the app lock (decision 011). The PIN is stretched with PBKDF2-SHA256 at OWASP's
// 600,000 iterations into a key-encryption key (AES-KW), which wraps the random data key that seals
// rows. A wrong PIN makes the unwrap fail (AES-KW checks integrity); nothing else reveals the PIN.
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PIN_LENGTH = 6;

const encoder = new TextEncoder();

/** A PIN is at least 6 digits; spaces (e.g. from a paste "123 456") are ignored. */
export const normalisePin = (input: string): string => input.replace(/\s+/g, '');
export const isValidPin = (pin: string): boolean => new RegExp(`^\\d{${MIN_PIN_LENGTH},64}$`).test(pin);

export async function deriveWrappingKey(
  pin: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

export const wrapDataKey = (dataKey: CryptoKey, wrappingKey: CryptoKey): Promise<ArrayBuffer> =>
  crypto.subtle.wrapKey('raw', dataKey, wrappingKey, 'AES-KW');

/** The data key as a non-extractable handle; throws when the PIN (so the wrapping key) is wrong. */
export const unwrapDataKey = (wrapped: ArrayBuffer, wrappingKey: CryptoKey): Promise<CryptoKey> =>
  crypto.subtle.unwrapKey('raw', wrapped, wrappingKey, 'AES-KW', { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);

export const newSalt = (): Uint8Array => crypto.getRandomValues(new Uint8Array(16));
