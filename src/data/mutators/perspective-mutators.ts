// Optimistic, local versions of the perspective and reply writes, mirroring
// src/server/sync/mutators/perspective-mutators.ts: they build the row the server will build
// (server-set fields filled with what the server will most likely say) so the family sees their
// words at once, offline too. The server's row replaces it on the next pull. Policy stays on the server.
import { editedPerspective, newPerspective, readPerspective } from '../../shared/sync/perspective-rules';
import type { MutationArgs } from '../../shared/sync/mutations';
import { MutatorError, type MutatorContext, type MutatorTx } from './mutator-tx';

export async function addPerspective(
  tx: MutatorTx,
  args: MutationArgs<'perspective.add'>,
  context: MutatorContext,
): Promise<void> {
  await tx.put('perspective', newPerspective(args, context.memberId, context.now));
}

/** Same rules as the server: changed words are unread words; a new correction request opens. */
export async function editPerspective(
  tx: MutatorTx,
  args: MutationArgs<'perspective.edit'>,
  context: MutatorContext,
): Promise<void> {
  const before = await tx.get('perspective', args.id);
  if (!before) throw new MutatorError('not-found');
  await tx.put('perspective', editedPerspective(before, args, context.now));
}

/** Taking words back removes them and their replies (the server does the same for everyone). */
export async function withdrawPerspective(
  tx: MutatorTx,
  args: MutationArgs<'perspective.withdraw'>,
): Promise<void> {
  const before = await tx.get('perspective', args.id);
  if (!before) throw new MutatorError('not-found');
  for (const reply of await tx.list('reply', 'perspectiveId', args.id)) await tx.delete('reply', reply.id);
  await tx.delete('perspective', args.id);
}

export async function markPerspectiveRead(
  tx: MutatorTx,
  args: MutationArgs<'perspective.markRead'>,
  context: MutatorContext,
): Promise<void> {
  const before = await tx.get('perspective', args.id);
  const read = before && readPerspective(before, context.memberId, context.now);
  if (read) await tx.put('perspective', read);
}

export async function addReply(
  tx: MutatorTx,
  args: MutationArgs<'reply.add'>,
  context: MutatorContext,
): Promise<void> {
  const perspective = await tx.get('perspective', args.perspectiveId);
  if (!perspective) throw new MutatorError('not-found');
  await tx.put('reply', {
    id: args.id,
    caseId: perspective.caseId,
    perspectiveId: args.perspectiveId,
    authorMemberId: context.memberId,
    text: args.text,
    createdAt: context.now,
  });
}

/** A 12–15-year-old's objection, as the server records it: the parent in or out of `hiddenFrom`. */
export async function setPerspectiveObjection(
  tx: MutatorTx,
  args: MutationArgs<'perspective.setObjection'>,
  context: MutatorContext,
): Promise<void> {
  const before = await tx.get('perspective', args.id);
  if (!before) throw new MutatorError('not-found');
  const others = (before.hiddenFrom ?? []).filter((id) => id !== args.parentMemberId);
  const hiddenFrom = args.objects ? [...others, args.parentMemberId] : others;
  await tx.put('perspective', { ...before, hiddenFrom, updatedAt: context.now });
}
