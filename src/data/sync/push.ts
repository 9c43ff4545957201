// Push (DESIGN.md §4): send the outbox in order, in batches, and remember how far the server got.
// Entries stay in the outbox until a pull covers them (the pull also brings the rejections, which
// need the entry's words). What is still "not sent" is every entry above the acknowledged id.
// A 409 mutation-gap means the server has fewer of our writes than we thought (e.g. restored from a
// backup). Its `expected` is then at or below our first unsent id: if we still hold that entry we
// resend from there; if not, those writes are gone from this device and we cannot fill the gap, so
// the push stops with 'gap' (shown as an error), keeping every queued entry. Ids are never reused.
import * as z from 'zod/mini';
import { PROTOCOL_VERSION, pushResponseSchema, type MutationEnvelope } from '../../shared/sync/protocol';
import { db, localDataGeneration, type OutboxEntry } from '../db/gezien-db';
import { isApiError } from '../api/api-error';
import { noteServerWait } from '../api/server-wait';
import { request } from '../api/http-client';
import { getMeta, getOrCreateClientId, setMeta } from '../repos/meta-repo';

export type PushOutcome = 'pushed' | 'nothing' | 'offline' | 'expired' | 'gap' | 'failed';

const BATCH_SIZE = 50;
const gapBodySchema = z.object({ error: z.literal('mutation-gap'), expected: z.int().check(z.positive()) });

/** Entries the server has not acknowledged yet, oldest first. */
export async function listUnsent(limit = Infinity): Promise<OutboxEntry[]> {
  const acknowledged = (await getMeta('lastMutationId')) ?? 0;
  return db.outbox.where('mutationId').above(acknowledged).limit(limit).toArray();
}

export async function pushOnce(): Promise<PushOutcome> {
  const generation = localDataGeneration();
  let pushedAny = false;
  try {
    const clientId = await getOrCreateClientId();
    // Bounded: each round either acknowledges entries or ends the push.
    for (let round = 0; round < 1000; round += 1) {
      const batch = await listUnsent(BATCH_SIZE);
      if (batch.length === 0) return pushedAny ? 'pushed' : 'nothing';
      const outcome = await pushBatch(clientId, batch, generation);
      if (outcome !== 'pushed') return outcome;
      pushedAny = true;
    }
    return 'pushed';
  } catch (error) {
    if (isApiError(error, 'rate-limited')) noteServerWait(error.retryAfter);
    if (isApiError(error, 'network') || isApiError(error, 'unavailable')) return 'offline';
    if (isApiError(error, 'unauthenticated')) return 'expired';
    return 'failed';
  }
}

async function pushBatch(clientId: string, batch: OutboxEntry[], generation: number): Promise<PushOutcome> {
  const mutations: MutationEnvelope[] = batch.map((e) => ({ id: e.mutationId, name: e.name, args: e.args }));
  try {
    const { lastMutationId } = await request('POST', '/api/sync/push', pushResponseSchema, {
      protocolVersion: PROTOCOL_VERSION,
      clientId,
      mutations,
    });
    if (generation !== localDataGeneration()) return 'failed';
    const acknowledged = (await getMeta('lastMutationId')) ?? 0;
    if (lastMutationId <= acknowledged) return 'failed';
    await setMeta('lastMutationId', lastMutationId);
    return 'pushed';
  } catch (error) {
    if (!isApiError(error, 'mutation-gap')) throw error;
    const gap = gapBodySchema.safeParse(error.body);
    if (!gap.success) return 'failed';
    return resendFrom(gap.data.expected);
  }
}

/** Moves the acknowledged id back so the next round sends from `expected`, if we still have it. */
async function resendFrom(expected: number): Promise<PushOutcome> {
  const first = await db.outbox.orderBy('mutationId').first();
  if (!first || first.mutationId > expected) return 'gap';
  await setMeta('lastMutationId', expected - 1);
  return 'pushed';
}
