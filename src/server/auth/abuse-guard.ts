import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { ApiError } from '../http/api-error';
import { FailureLimiter } from './rate-limiter';

/**
 * Failure limits for one way in (SECURITY.md B2): per target (a username, an invitation) and per
 * client address. Failures count for unknown targets too, so a limit says nothing about whether a
 * username exists (B3). Each route gets its own guard, so brute-forcing passwords never blocks a
 * passkey login.
 */
export class AbuseGuard {
  private readonly targets: FailureLimiter;
  private readonly addresses: FailureLimiter;

  constructor(limits: Config['abuse'], now: () => number = Date.now) {
    this.targets = new FailureLimiter(limits.accountFailures, limits.windowMs, now);
    this.addresses = new FailureLimiter(limits.ipFailures, limits.windowMs, now);
  }

  /** Throws 429 `rate-limited` with Retry-After when the target or the address is blocked. */
  check(request: FastifyRequest, reply: FastifyReply, target?: string): void {
    const wait = Math.max(
      this.addresses.retryAfter(request.ip),
      target === undefined ? 0 : this.targets.retryAfter(target),
    );
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new ApiError(429, 'rate-limited');
    }
  }

  fail(request: FastifyRequest, target?: string): void {
    this.addresses.fail(request.ip);
    if (target !== undefined) this.targets.fail(target);
  }

  /** Runs `attempt`; an ApiError from it counts as a failure. */
  async guard<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    target: string | undefined,
    attempt: () => Promise<T>,
  ) {
    this.check(request, reply, target);
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof ApiError) this.fail(request, target);
      throw error;
    }
  }
}
