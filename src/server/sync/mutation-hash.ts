import { createHash } from 'node:crypto';
import type { MutationEnvelope } from '../../shared/sync/protocol';

/**
 * SECURITY.md R1: a mutation id names one body. The server keeps a hash of each applied mutation's
 * name and args for the last REPLAY_WINDOW ids of a client; a replay with the same body is skipped,
 * with another body it is refused. Keys are sorted, so the hash does not depend on their order.
 */
export const REPLAY_WINDOW = 1000;

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
};

export const mutationHash = (mutation: MutationEnvelope) =>
  createHash('sha256')
    .update(JSON.stringify(canonical({ name: mutation.name, args: mutation.args ?? null })))
    .digest('base64url');
