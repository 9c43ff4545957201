import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Storage } from '../storage/storage';

/**
 * The access log's "client" field: a coarse browser/device class and a keyed hash of the address,
 * never the address itself (SECURITY.md E4). The key lives in the database so every process agrees.
 */
export async function auditClientDescriber(storage: Storage): Promise<(request: FastifyRequest) => string> {
  const key = Buffer.from(
    await storage.ensureSecret('audit-client-hmac', () => randomBytes(32).toString('base64url')),
    'base64url',
  );
  return (request) => {
    const ip = createHmac('sha256', key).update(request.ip).digest('hex').slice(0, 16);
    return `${userAgentClass(request.headers['user-agent'])} ip:${ip}`;
  };
}

export function userAgentClass(userAgent: string | undefined): string {
  if (!userAgent) return 'none';
  const ua = userAgent.toLowerCase();
  const device = /mobile|android|iphone|ipad/.test(ua) ? 'mobile' : 'desktop';
  const browser = /edg\//.test(ua)
    ? 'edge'
    : /firefox\//.test(ua)
      ? 'firefox'
      : /chrome\/|chromium\//.test(ua)
        ? 'chrome'
        : /safari\//.test(ua)
          ? 'safari'
          : 'other';
  return `${browser}/${device}`;
}
