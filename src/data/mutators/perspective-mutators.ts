// Optimistic, local versions of the perspective writes: they build the row the server will build
// (same fields, server-set ones filled with what the server will most likely say) so the family
// sees their words at once, offline too. The server's row replaces it on the next pull.
import { isCorrectionRequest, type Perspective } from '../../shared/domain';
import type { MutationArgs } from '../../shared/sync/mutations';
import type { MutatorContext, MutatorTx } from './mutator-tx';

export async function addPerspective(
  tx: MutatorTx,
  args: MutationArgs<'perspective.add'>,
  context: MutatorContext,
): Promise<void> {
  const row: Perspective = {
    id: args.id,
    caseId: args.caseId,
    authorMemberId: context.memberId,
    subject: args.subject,
    stance: args.stance,
    text: args.text,
    houses: args.houses ?? null,
    audience: args.audience,
    correctionStatus: isCorrectionRequest(args.stance) ? 'open' : null,
    correctionReason: null,
    readBy: [],
    withdrawn: false,
    createdAt: context.now,
    updatedAt: context.now,
  };
  await tx.put('perspective', row);
}
