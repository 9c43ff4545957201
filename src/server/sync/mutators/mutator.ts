import type { Member } from '../../../shared/domain';
import type { MutationArgs, MutationName } from '../../../shared/sync/mutations';
import type { EntityName, EntityValue } from '../../../shared/sync/protocol';
import type { ReadScope } from '../../policy/read-scope';
import type { WriteRequest } from '../../policy/write-policy';

/**
 * A server mutator: how one mutation finds its row, what the write policy needs to know, and the
 * rows it writes. Mutators are pure over the case as it is after the case lock; run-mutation.ts
 * does the looking up, locking, authorizing and storing. One file per entity.
 */
export type RowEntity = Exclude<EntityName, 'case'>;

/** Stable codes a rejected mutation is stored and shown with. */
export type RejectionCode = 'unknown-mutation' | 'bad-request' | 'forbidden' | 'not-found' | 'conflict';

export type Write =
  | { op: 'put'; entity: RowEntity; value: EntityValue<RowEntity> }
  | { op: 'delete'; entity: RowEntity; id: string };

export interface Target {
  entity: RowEntity;
  id: string;
  /** `new`: the id must be unused; `existing`: the row must exist and be visible; `either`: a put. */
  exists: 'new' | 'existing' | 'either';
  /** The case a new row goes into (from the args). */
  caseId?: string;
  /** A further row the mutation creates, whose id must be unused too (a reply on a perspective). */
  creates?: { entity: RowEntity; id: string };
}

export interface MutatorContext {
  caseId: string;
  actor: Member;
  /** The actor's view of the case before the write; `scope.find` also reads rows they cannot see. */
  scope: ReadScope;
  /** Every row of the case of one entity, as stored. */
  rowsOf<E extends RowEntity>(entity: E): readonly EntityValue<E>[];
  now: string;
}

export interface Mutator<N extends MutationName> {
  target(args: MutationArgs<N>): Target;
  /** What the write policy decides on, given the current target row (if it exists). */
  policy?(args: MutationArgs<N>, current: EntityValue<RowEntity> | undefined): Omit<WriteRequest, 'actor'>;
  apply(
    args: MutationArgs<N>,
    context: MutatorContext,
    current: EntityValue<RowEntity> | undefined,
  ): Write[] | RejectionCode;
}

export const put = <E extends RowEntity>(entity: E, value: EntityValue<E>): Write => ({
  op: 'put',
  entity,
  value,
});
export const remove = (entity: RowEntity, id: string): Write => ({ op: 'delete', entity, id });
