import type { PushRequest } from '../../shared/sync/protocol';
import { ApiError } from '../http/api-error';
import { organisationOf, recordAccess } from '../audit/audit-log';
import type { Storage, UserRecord } from '../storage/storage';
import { runMutation, type MutationOutcome, type RunContext } from './run-mutation';

/**
 * Push (DESIGN.md §4): each mutation in its own transaction, in order, with the numbered steps:
 * (1) skip what the client's lastMutationId already covers; (2) stop at a gap; (3) validate,
 * (4) authorize, (5) apply (run-mutation.ts); (6) store the new lastMutationId, and the rejection if
 * any, in the same transaction as the write. A rejected mutation advances the counter, so one bad
 * write never blocks the queue. Replaying a push changes nothing and answers the same.
 * The client row is locked per transaction, so two racing pushes of one client run each mutation once.
 */
const forbidden = () => new ApiError(403, 'forbidden');

type Step =
  | { kind: 'skipped'; last: number }
  | { kind: 'gap'; last: number; expected: number }
  | { kind: 'ran'; last: number; outcome: MutationOutcome };

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
    for (const mutation of request.mutations) {
      const step = await storage.transaction(async (tx): Promise<Step> => {
        const client = await tx.lockClient(clientId, user.id);
        if (client.userId !== user.id) throw forbidden();
        // 1: already applied (a retried or duplicated push).
        if (mutation.id <= client.lastMutationId) return { kind: 'skipped', last: client.lastMutationId };
        // 2: a gap means the client lost track; earlier mutations of this push stay committed.
        const expected = client.lastMutationId + 1;
        if (mutation.id !== expected) return { kind: 'gap', last: client.lastMutationId, expected };
        const context: RunContext = { user, now: clock.now(), today: clock.today() };
        // 3–5: validate, authorize, apply.
        const outcome = await runMutation(tx, mutation, context);
        // 6: the counter, and the rejection, commit with the write or not at all.
        await tx.saveClient({ clientId, userId: user.id, lastMutationId: mutation.id });
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
        return { kind: 'ran', last: mutation.id, outcome };
      });
      lastMutationId = step.last;
      if (step.kind === 'skipped') continue;
      replayed = false;
      if (step.kind === 'gap') throw new ApiError(409, 'mutation-gap', { expected: step.expected });
      if (step.outcome.kind === 'applied') {
        const members = touched.get(step.outcome.caseId) ?? new Set<string>();
        for (const memberId of step.outcome.touchedMembers) members.add(memberId);
        touched.set(step.outcome.caseId, members);
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
