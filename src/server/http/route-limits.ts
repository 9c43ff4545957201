import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';

/**
 * Per-address request limits for routes that cost the server work without a failure to count
 * (issue 13 row 14): WebAuthn options (each stores a challenge) and pulls. Over the limit: 429
 * `rate-limited` with Retry-After (app.ts). Register before @fastify/rate-limit, which reads
 * `config.rateLimit` when a route is added.
 */
export function registerRouteLimits(app: FastifyInstance, config: Config): void {
  const perMinute = (max: number) => ({ max, timeWindow: '1 minute' });
  const limits: Record<string, ReturnType<typeof perMinute>> = {
    'POST /api/auth/passkey/options': perMinute(config.passkeyOptionsLimitPerMinute),
    'POST /api/passkeys/options': perMinute(config.passkeyOptionsLimitPerMinute),
    'POST /api/invitations/passkey/options': perMinute(config.passkeyOptionsLimitPerMinute),
    'POST /api/sync/pull': perMinute(config.pullLimitPerMinute),
  };
  app.addHook('onRoute', (options) => {
    const limit = limits[`${[options.method].flat().join(',')} ${options.url}`];
    if (limit) options.config = { ...options.config, rateLimit: limit };
  });
}
