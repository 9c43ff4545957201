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

/** The server keeps at most this many earlier versions of one perspective. */
export const MAX_PERSPECTIVE_VERSIONS = 50;

/**
 * A rewrite keeps the earlier wording in `history`, makes the words unread again and, for a
 * correction request, (re)opens it: a request that was answered and is then rewritten asks again
 * (issue 13, row 16). A changed stance that is no correction request closes it.
 */
export function editedPerspective(
  before: Perspective,
  args: MutationArgs<'perspective.edit'>,
  now: string,
): Perspective {
  const stance = args.stance ?? before.stance;
  const houses = args.houses === undefined ? before.houses : args.houses;
  const rewritten =
    args.text !== before.text ||
    stance !== before.stance ||
    JSON.stringify(houses) !== JSON.stringify(before.houses);
  const request = isCorrectionRequest(stance);
  const correctionStatus = !request ? null : rewritten ? 'open' : (before.correctionStatus ?? 'open');
  const reopened = correctionStatus === 'open' && before.correctionStatus !== 'open';
  const history = [...(before.history ?? [])];
  if (rewritten) history.push({ text: before.text, houses: before.houses, replacedAt: now });
  return {
    ...before,
    text: args.text,
    houses,
    audience: args.audience ?? before.audience,
    stance,
    correctionStatus,
    correctionReason: correctionStatus === null || reopened ? null : before.correctionReason,
    ...(reopened || correctionStatus === null ? { resolvedAt: null, correctedRevisionAt: null } : {}),
    history: history.slice(-MAX_PERSPECTIVE_VERSIONS),
    // Changed words are unread words.
    readBy: rewritten ? [] : before.readBy,
    readLog: rewritten ? [] : (before.readLog ?? []),
    updatedAt: now,
  };
}

/** A read receipt: the id in `readBy` and the moment in `readLog`; a second read changes nothing. */
export function readPerspective(before: Perspective, memberId: string, now: string): Perspective | null {
  if (before.readBy.includes(memberId)) return null;
  return {
    ...before,
    readBy: [...before.readBy, memberId],
    readLog: [...(before.readLog ?? []), { memberId, at: now }],
  };
}
