import { isCorrectionRequest, type Perspective } from '../domain';
import type { MutationArgs } from './mutations';

/**
 * How a perspective row follows from its mutation, shared by the server's mutator and the client's
 * optimistic one so both build the same row. Policy (who may) is not here: only the server decides that.
 */
export function newPerspective(
  args: MutationArgs<'perspective.add'>,
  authorMemberId: string,
  now: string,
): Perspective {
  return {
    id: args.id,
    caseId: args.caseId,
    authorMemberId,
    subject: args.subject,
    stance: args.stance,
    text: args.text,
    houses: args.houses ?? null,
    audience: args.audience,
    correctionStatus: isCorrectionRequest(args.stance) ? 'open' : null,
    correctionReason: null,
    readBy: [],
    withdrawn: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** A request that stays a request keeps its state; a new one opens; a changed stance closes it. */
export function editedPerspective(
  before: Perspective,
  args: MutationArgs<'perspective.edit'>,
  now: string,
): Perspective {
  const stance = args.stance ?? before.stance;
  const correctionStatus = isCorrectionRequest(stance) ? (before.correctionStatus ?? 'open') : null;
  return {
    ...before,
    text: args.text,
    houses: args.houses === undefined ? before.houses : args.houses,
    audience: args.audience ?? before.audience,
    stance,
    correctionStatus,
    correctionReason: correctionStatus === null ? null : before.correctionReason,
    // Changed words are unread words.
    readBy: [],
    updatedAt: now,
  };
}
