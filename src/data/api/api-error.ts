import { isErrorCode, type ErrorCode } from '../../shared/api/errors';

/** A failed API call, carrying the stable error code the UI translates (locales/<lng>/errors.json). */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number | null = null,
    readonly body: unknown = undefined,
    /** The Retry-After header of a 429: how long the server asks us to wait (server-wait.ts). */
    readonly retryAfter: string | null = null,
  ) {
    super(`API error: ${code}${status === null ? '' : ` (${status})`}`);
    this.name = 'ApiError';
  }
}

const codeByStatus: Record<number, ErrorCode> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'mutation-gap',
  413: 'payload-too-large',
  429: 'rate-limited',
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
};

/** The server's own code when it sent one we know; otherwise one derived from the status. */
export function errorCodeOf(status: number, body: unknown): ErrorCode {
  const code = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (isErrorCode(code)) return code;
  return codeByStatus[status] ?? 'internal';
}

export const isApiError = (error: unknown, code?: ErrorCode): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);
