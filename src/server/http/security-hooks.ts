import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../shared/api/auth';
import { sendError } from './error-handler';

/**
 * Headers on every response (SECURITY.md C5) and the CSRF gate on every state-changing API request
 * (C4). Both run in onRequest, before routing, so 404s and errors carry the same headers.
 */
export const isApi = (request: FastifyRequest) => request.url === '/api' || request.url.startsWith('/api/');
const isSafeMethod = (method: string) => method === 'GET' || method === 'HEAD';

function isCrossSite(request: FastifyRequest): boolean {
  if (request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) return true;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!isApi(request)) return;
    reply.header('cache-control', 'no-store');
    if (!isSafeMethod(request.method) && isCrossSite(request)) return sendError(reply, 403, 'csrf');
  });
}
