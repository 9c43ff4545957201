/**
 * Stable error codes the API answers with (`{"error": code}`); texts live in locales/<lng>/errors.json
 * under the same keys. Never add a message from the server to a response: the client translates.
 */
export const errorCodes = [
  'invalid-credentials',
  'unauthenticated',
  'forbidden',
  'csrf',
  'bad-request',
  'not-found',
  'mutation-gap',
  'mutation-id-reused',
  'rate-limited',
  'payload-too-large',
  'unsupported-protocol',
  'internal',
  'unavailable',
  'network',
  'invitation-invalid',
  'invitation-used',
  'invitation-expired',
  'password-too-short',
  'password-too-common',
  'username-taken',
  'passkey-failed',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (errorCodes as readonly string[]).includes(value);

export interface ApiErrorBody {
  error: ErrorCode;
  [detail: string]: unknown;
}
