import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../shared/api/auth';
import { sendError } from './error-handler';

/**
 * Headers on every response (SECURITY.md C5) and the CSRF gate on every state-changing API request
 * (C4). Both run in onRequest, after routing (so 404s and errors carry the same headers), and look
 * at the path the router matched, never the raw URL: `/%61pi/…` reaches the same route as `/api/…`.
 */
function decodedPath(request: FastifyRequest): string {
  const raw = request.url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The routed path: the route's pattern, or the decoded URL where only the wildcard or 404 matched. */
const routedPath = (request: FastifyRequest) => {
  const routed = request.routeOptions.url;
  return routed !== undefined && routed !== '/*' ? routed : decodedPath(request);
};

export const isApi = (request: FastifyRequest) => {
  const path = routedPath(request);
  return path === '/api' || path.startsWith('/api/');
};
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

const cspDirectives = {
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
};
const HSTS_SECONDS = 31_536_000;

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives },
    strictTransportSecurity: { maxAge: HSTS_SECONDS, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!isApi(request)) return;
    reply.header('cache-control', 'no-store');
    if (!isSafeMethod(request.method) && isCrossSite(request)) return sendError(reply, 403, 'csrf');
  });
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const cspText = Object.entries(cspDirectives)
  .map(([name, values]) => `${kebab(name)} ${values.join(' ')}`)
  .join(';');

/**
 * A URL the router cannot decode (`/%ff`) is refused before any hook runs: answer it here with
 * the same strict headers and a fixed body that never echoes the path (issue 13 row 9).
 */
export function sendBadUrl(reply: FastifyReply) {
  reply.headers({
    'content-security-policy': cspText,
    'strict-transport-security': `max-age=${HSTS_SECONDS}; includeSubDomains`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cache-control': 'no-store',
  });
  return sendError(reply, 400, 'bad-request');
}
