// The client's optimistic apply per mutation name (DESIGN.md §4). A mutation without a client
// mutator is still queued and sent; its effect then shows after the next pull.
import type { MutationArgs, MutationName } from '../../shared/sync/mutations';
import type { MutatorContext, MutatorTx } from './mutator-tx';
import {
  addPerspective,
  addReply,
  editPerspective,
  markPerspectiveRead,
  setPerspectiveObjection,
  withdrawPerspective,
} from './perspective-mutators';

type ClientMutator<N extends MutationName> = (
  tx: MutatorTx,
  args: MutationArgs<N>,
  context: MutatorContext,
) => Promise<void>;

export const clientMutators: { [N in MutationName]?: ClientMutator<N> } = {
  'perspective.add': addPerspective,
  'perspective.edit': editPerspective,
  'perspective.withdraw': withdrawPerspective,
  'perspective.markRead': markPerspectiveRead,
  'perspective.setObjection': setPerspectiveObjection,
  'reply.add': addReply,
};

export function clientMutatorFor<N extends MutationName>(name: N): ClientMutator<N> | undefined {
  return clientMutators[name] as ClientMutator<N> | undefined;
}

/** The row a write is about (args.id, or args.value.id for *.put), for marking it on screen. */
export function entityIdOf(args: unknown): string | null {
  if (typeof args !== 'object' || args === null) return null;
  const { id, value } = args as { id?: unknown; value?: { id?: unknown } };
  const found = id ?? (typeof value === 'object' && value !== null ? value.id : undefined);
  return typeof found === 'string' ? found : null;
}
