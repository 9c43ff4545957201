import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { ApiError } from '../http/api-error';
import { GrowingDelay } from './growing-delay';
import { FailureLimiter } from './rate-limiter';

/**
 * Failure limits for one way in (SECURITY.md B2): a hard limit per client address per window, and
 * growing delays per (target, address), where a target is a username or an invitation. There is no
 * limit per target alone: anyone could then lock the real owner out by failing on their username
 * (issue 13 row 7); an attacker's failures slow down only that attacker's address. Failures count
 * for unknown targets too, so a delay says nothing about whether a username exists (B3). Each
 * route gets its own guard, so brute-forcing passwords never blocks a passkey login.
 */
const MAX_DELAY_MS = 15 * 60_000;

export class AbuseGuard {
  private readonly pairs: GrowingDelay;
  private readonly addresses: FailureLimiter;

  constructor(limits: Config['abuse'], now: () => number = Date.now) {
    const maxDelayMs = Math.min(limits.windowMs, MAX_DELAY_MS);
    this.pairs = new GrowingDelay(limits.accountFailures, maxDelayMs, limits.windowMs, now);
    this.addresses = new FailureLimiter(limits.ipFailures, limits.windowMs, now);
  }

  private static pair = (request: FastifyRequest, target: string) => `${target}\n${request.ip}`;

  /** Throws 429 `rate-limited` with Retry-After when the address or the pair must wait. */
  check(request: FastifyRequest, reply: FastifyReply, target?: string): void {
    const wait = Math.max(
      this.addresses.retryAfter(request.ip),
      target === undefined ? 0 : this.pairs.retryAfter(AbuseGuard.pair(request, target)),
    );
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new ApiError(429, 'rate-limited');
    }
  }

  fail(request: FastifyRequest, target?: string): void {
    this.addresses.fail(request.ip);
    if (target !== undefined) this.pairs.fail(AbuseGuard.pair(request, target));
  }

  /** Runs `attempt`; an ApiError from it counts as a failure, success clears the pair's delay. */
  async guard<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    target: string | undefined,
    attempt: () => Promise<T>,
  ) {
    this.check(request, reply, target);
    try {
      const result = await attempt();
      if (target !== undefined) this.pairs.succeed(AbuseGuard.pair(request, target));
      return result;
    } catch (error) {
      if (error instanceof ApiError) this.fail(request, target);
      throw error;
    }
  }
}
