import type { FastifyReply } from 'fastify';
import type { FairUseLimits } from '../config';
import { ApiError } from '../http/api-error';
import type { FairUseStore } from './fair-use-store';

/**
 * Fair use per account (issue 13 row 2, decision 010): one account cannot take the server from
 * everyone else. Per minute: pushes, mutations and pulls; per push: mutations; at any time: open
 * poke streams per account and per session. Over a limit the request is answered 429
 * `rate-limited` with Retry-After (seconds to the next window) and changes nothing; the client
 * keeps its outbox and tries again later.
 */
export class FairUse {
  private readonly streams = new Set<string>();

  constructor(
    private readonly limits: FairUseLimits,
    private readonly store: FairUseStore,
    private readonly now: () => number = Date.now,
  ) {}

  async pull(reply: FastifyReply, userId: string): Promise<void> {
    await this.take(reply, [[`pull:${userId}`, 1, this.limits.pullsPerMinute]]);
  }

  async push(reply: FastifyReply, userId: string, mutations: number): Promise<void> {
    if (mutations > this.limits.mutationsPerPush) refuse(reply, 1);
    await this.take(reply, [
      [`push:${userId}`, 1, this.limits.pushesPerMinute],
      [`mutations:${userId}`, mutations, this.limits.mutationsPerMinute],
    ]);
  }

  /** Registers a poke stream; the function that ends the registration. */
  async stream(reply: FastifyReply, userId: string, sessionHash: string): Promise<() => Promise<void>> {
    const limits = { user: this.limits.streamsPerUser, session: this.limits.streamsPerSession };
    const id = await this.store.openStream(userId, sessionHash, limits);
    if (!id) refuse(reply, 30);
    this.streams.add(id);
    return async () => {
      if (!this.streams.delete(id)) return;
      await this.store.closeStream(id);
    };
  }

  /** Renews this process's stream registrations, until the returned function stops it. */
  keepStreamsRegistered(everyMs: number): () => void {
    const timer = setInterval(() => void this.store.renew([...this.streams]).catch(() => {}), everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  private async take(reply: FastifyReply, buckets: [string, number, number][]): Promise<void> {
    const now = this.now();
    const windowMs = this.limits.windowMs;
    const windowStart = now - (now % windowMs);
    let over = false;
    for (const [bucket, by, limit] of buckets) {
      if ((await this.store.count(bucket, windowStart / windowMs, by)) > limit) over = true;
    }
    if (over) refuse(reply, Math.ceil((windowStart + windowMs - now) / 1000));
  }
}

function refuse(reply: FastifyReply, seconds: number): never {
  reply.header('retry-after', String(Math.max(1, seconds)));
  throw new ApiError(429, 'rate-limited');
}
