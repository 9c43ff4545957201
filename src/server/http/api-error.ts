import type { ErrorCode } from '../../shared/api/errors';

/** An error the API answers with as `{"error": code, ...details}`; the only way routes fail on purpose. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const badRequest = () => new ApiError(400, 'bad-request');
export const unauthenticated = () => new ApiError(401, 'unauthenticated');
