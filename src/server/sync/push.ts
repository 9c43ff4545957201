import type { PushRequest } from '../../shared/sync/protocol';
import { ApiError } from '../http/api-error';
import { organisationOf, recordAccess } from '../audit/audit-log';
import type { Storage, UserRecord } from '../storage/storage';
import { mutationHash, REPLAY_WINDOW } from './mutation-hash';
import { runMutation, type MutationOutcome, type RunContext } from './run-mutation';

/**
 * Push (DESIGN.md §4), in order, with the numbered steps: (1) skip what the client's lastMutationId
 * already covers, refusing an id reused with another body (SECURITY.md R1); (2) stop at a gap;
 * (3) validate, (4) authorize, (5) apply (run-mutation.ts); (6) store the new lastMutationId, the
 * rejection if any, the access-log row and the body's hash with the write. A rejected mutation
 * advances the counter, so one bad write never blocks the queue. Replaying a push changes nothing
 * and answers the same.
 * Up to CHUNK mutations share one database transaction, each in its own savepoint, so a failing
 * mutation undoes only itself and a push of 50 writes costs one commit, not 50 (decision 010). The
 * client row is locked first, so two racing pushes of one client run each mutation once.
 */
const CHUNK = 50;
const forbidden = () => new ApiError(403, 'forbidden');

type Step =
  | { kind: 'skipped' }
  | { kind: 'reused'; id: number }
  | { kind: 'gap'; expected: number }
  | { kind: 'ran'; outcome: MutationOutcome }
  | { kind: 'failed'; error: unknown };

export async function push(
  storage: Storage,
  user: UserRecord,
  request: PushRequest,
  clock: { now: () => string; today: () => string },
  /** The caller's client class for the access log (user agent class + address hash). */
  auditClient: string,
): Promise<{ lastMutationId: number; replayed: boolean }> {
  const { clientId } = request;
  const existing = await storage.findClient(clientId);
  // The client record is bound to the user who first used it.
  if (existing && existing.userId !== user.id) throw forbidden();
  let lastMutationId = existing?.lastMutationId ?? 0;
  // SECURITY.md R1: a push whose every mutation was already applied is a replay.
  let replayed = request.mutations.length > 0;
  // Pokes go out once per case after the push, after the commits, so a poked pull sees the writes.
  const touched = new Map<string, Set<string>>();
  try {
    for (let from = 0; from < request.mutations.length; from += CHUNK) {
      const chunk = request.mutations.slice(from, from + CHUNK);
      const { steps, last } = await withRetry(() =>
        storage.transaction(async (tx) => {
          const client = await tx.lockClient(clientId, user.id);
          if (client.userId !== user.id) throw forbidden();
          const done: Step[] = [];
          let last = client.lastMutationId;
          for (const mutation of chunk) {
            const step = await pushOne(tx, mutation, last, { user, clientId, auditClient, clock });
            // Nothing to keep yet: undo the whole transaction, the client row included.
            if (step.kind === 'failed' && !done.some((d) => d.kind === 'ran')) throw step.error;
            done.push(step);
            if (step.kind === 'ran') last = mutation.id;
            if (step.kind !== 'ran' && step.kind !== 'skipped') break;
          }
          return { steps: done, last };
        }),
      );
      lastMutationId = last;
      for (const step of steps) {
        if (step.kind === 'skipped') continue;
        replayed = false;
        if (step.kind === 'reused') throw new ApiError(409, 'mutation-id-reused', { mutationId: step.id });
        if (step.kind === 'gap') throw new ApiError(409, 'mutation-gap', { expected: step.expected });
        if (step.kind === 'failed') throw step.error;
        if (step.outcome.kind === 'applied') {
          const members = touched.get(step.outcome.caseId) ?? new Set<string>();
          for (const memberId of step.outcome.touchedMembers) members.add(memberId);
          touched.set(step.outcome.caseId, members);
        }
      }
    }
  } finally {
    for (const [caseId, members] of touched) {
      if (members.size === 0) continue;
      await storage.notifyCaseChanged({ caseId, memberIds: [...members], byUserId: user.id }).catch(() => {});
    }
  }
  return { lastMutationId, replayed };
}

interface PushContext {
  user: UserRecord;
  clientId: string;
  auditClient: string;
  clock: { now: () => string; today: () => string };
}

async function pushOne(
  tx: Storage,
  mutation: PushRequest['mutations'][number],
  last: number,
  { user, clientId, auditClient, clock }: PushContext,
): Promise<Step> {
  const hash = mutationHash(mutation);
  // 1: already applied (a retried or duplicated push), unless the id now carries another body.
  if (mutation.id <= last) {
    const kept = await tx.findMutationHash(clientId, mutation.id);
    return kept !== undefined && kept !== hash ? { kind: 'reused', id: mutation.id } : { kind: 'skipped' };
  }
  // 2: a gap means the client lost track; earlier mutations of this push stay committed.
  if (mutation.id !== last + 1) return { kind: 'gap', expected: last + 1 };
  try {
    return await tx.savepoint(async () => {
      const context: RunContext = { user, now: clock.now(), today: clock.today() };
      // 3–5: validate, authorize, apply.
      const outcome = await runMutation(tx, mutation, context);
      // 6: the counter, the rejection and the hash commit with the write or not at all.
      await tx.saveClient({ clientId, userId: user.id, lastMutationId: mutation.id });
      await tx.saveMutationHash(clientId, mutation.id, hash, mutation.id - REPLAY_WINDOW);
      if (outcome.kind === 'rejected') {
        await tx.addRejection(clientId, { mutationId: mutation.id, code: outcome.code });
      }
      // The access log row commits with the write it logs (SECURITY.md E1).
      if (outcome.kind === 'applied') {
        const { actorRole, action, entity, ids } = outcome.access;
        await recordAccess(tx, {
          actorUserId: user.id,
          actorRole,
          actorOrganisation: organisationOf(user, actorRole),
          caseId: outcome.caseId,
          dataEntity: entity,
          dataIds: ids,
          action,
          basis: `mutation ${mutation.name}`,
          client: auditClient,
        });
      }
      return { kind: 'ran', outcome } as const;
    });
  } catch (error) {
    // Only this mutation is undone; the ones before it in the chunk still commit.
    return { kind: 'failed', error };
  }
}

/** PostgreSQL may end one of two pushes that lock the same cases in another order: run it again. */
async function withRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= 3 || (code !== '40P01' && code !== '40001')) throw error;
    }
  }
}
