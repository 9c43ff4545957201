import type { EntityName, EntityValue } from '../../shared/sync/protocol';

/**
 * What a client mutator may do: read and write entity rows inside the caller's Dexie transaction.
 * The implementation (src/data/sync/rebase.ts) remembers the server's value of each row before its
 * first pending write, so a pull can rewind and replay (Replicache-style rebase).
 */
export interface MutatorTx {
  get<E extends EntityName>(entity: E, id: string): Promise<EntityValue<E> | undefined>;
  put<E extends EntityName>(entity: E, value: EntityValue<E>): Promise<void>;
  delete(entity: EntityName, id: string): Promise<void>;
  /** Rows whose indexed field equals value (e.g. the replies of a perspective). */
  list<E extends EntityName>(entity: E, index: string, value: string): Promise<EntityValue<E>[]>;
}

/** Facts a mutator needs that are not in its args: who writes, and when the write was made. */
export interface MutatorContext {
  /** My member id in the case the write is about. */
  memberId: string;
  /** The outbox entry's createdAt, so a replay builds the same row as the first apply. */
  now: string;
}

/** A mutation that cannot be applied locally (e.g. its row is gone); the server decides. */
export class MutatorError extends Error {
  constructor(readonly code: string) {
    super(`Mutation cannot be applied locally: ${code}`);
    this.name = 'MutatorError';
  }
}
