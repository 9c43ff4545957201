import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ErrorCode } from '../../shared/api/errors';
import { ApiError } from './api-error';

/**
 * One place turns every failure into `{"error": code}` with a stable code (shared/api/errors.ts).
 * Nothing from an internal error (message, stack, SQL) ever reaches the client; 5xx are logged
 * without the request body.
 */
const codeForStatus: Record<number, ErrorCode> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  413: 'payload-too-large',
  429: 'rate-limited',
  503: 'unavailable',
};

export const sendError = (reply: FastifyReply, status: number, code: ErrorCode, details = {}) =>
  reply
    .status(status)
    .type('application/json; charset=utf-8')
    .send({ ...details, error: code });

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ApiError) return sendError(reply, error.statusCode, error.code, error.details);
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large.
      return sendError(reply, status === 415 ? 400 : status, codeForStatus[status] ?? 'bad-request');
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(reply, 500, 'internal');
  });
}
