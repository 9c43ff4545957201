// The client's optimistic apply per mutation name (DESIGN.md §4). A mutation without a client
// mutator is still queued and sent; its effect then shows after the next pull.
import type { MutationArgs, MutationName } from '../../shared/sync/mutations';
import type { MutatorContext, MutatorTx } from './mutator-tx';
import { addPerspective } from './perspective-mutators';

type ClientMutator<N extends MutationName> = (
  tx: MutatorTx,
  args: MutationArgs<N>,
  context: MutatorContext,
) => Promise<void>;

export const clientMutators: { [N in MutationName]?: ClientMutator<N> } = {
  'perspective.add': addPerspective,
};

export function clientMutatorFor<N extends MutationName>(name: N): ClientMutator<N> | undefined {
  return clientMutators[name] as ClientMutator<N> | undefined;
}

/** The row a write is about (its args.id), for marking it pending or rejected on screen. */
export function entityIdOf(args: unknown): string | null {
  const id = typeof args === 'object' && args !== null ? (args as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}
