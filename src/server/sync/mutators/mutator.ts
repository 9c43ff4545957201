import type { Member } from '../../../shared/domain';
import type { MutationArgs, MutationName } from '../../../shared/sync/mutations';
import type { EntityName, EntityValue } from '../../../shared/sync/protocol';
import type { WriteRequest } from '../../policy/write-policy';
import type { Storage, UserRecord } from '../../storage/storage';

/**
 * A server mutator: how one mutation finds its row, what the write policy needs to know, and the
 * rows it writes. Mutators read the case (as it is after the case lock) only through the lookups of
 * their context, by id and by reference, never as a whole, so a write costs what it touches, not
 * the size of the case (DESIGN.md §4). run-mutation.ts does the locking, authorizing and storing.
 * One file per entity.
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

/** The references a mutator can follow backwards: rows of `entity` whose `field` names an id. */
export interface ReferenceFields {
  statement: 'decisionId';
  reply: 'perspectiveId';
  perspective: 'subject.id' | 'authorMemberId';
}

export interface MutatorContext {
  caseId: string;
  actor: Member;
  now: string;
  today: string;
  /** A live row of this case by id, as stored (whatever the actor may see), or undefined. */
  find<E extends RowEntity>(entity: E, id: string): Promise<EntityValue<E> | undefined>;
  /** The live rows of this case whose `field` names `id` (e.g. the reasons of a decision). */
  referencing<E extends keyof ReferenceFields>(
    entity: E,
    field: ReferenceFields[E],
    id: string,
  ): Promise<EntityValue<E>[]>;
  /** May the actor see this row of the case (the read policy, as pull decides it)? */
  canSee(entity: RowEntity, id: string): Promise<boolean>;
  /** What the mutator's account hook found out (e.g. a colleague's name), if it has one. */
  account?: AccountFacts;
}

/** Facts about logins that a mutator may write into a row (the server's, never the client's). */
export interface AccountFacts {
  displayName?: string;
}

export interface AccountContext {
  user: UserRecord;
  actor: Member;
  caseId: string;
  today: string;
}

/**
 * The few mutations that touch logins as well as case rows (the case team, ending a member) do so
 * here, in the push's transaction (decision 009). `check` only reads, before `apply`: a code
 * refuses the mutation. `afterWrite` runs once the rows are stored: link or unlink a login, revoke
 * invitations, end sessions. Never read case rows here: that is what the lookups are for.
 */
export interface AccountHook<N extends MutationName> {
  check?(tx: Storage, args: MutationArgs<N>, context: AccountContext): Promise<RejectionCode | AccountFacts>;
  afterWrite?(tx: Storage, args: MutationArgs<N>, context: AccountContext): Promise<void>;
}

export interface Mutator<N extends MutationName> {
  target(args: MutationArgs<N>): Target;
  /** What the write policy decides on, given the current target row (if it exists). */
  policy?(args: MutationArgs<N>, current: EntityValue<RowEntity> | undefined): Omit<WriteRequest, 'actor'>;
  apply(
    args: MutationArgs<N>,
    context: MutatorContext,
    current: EntityValue<RowEntity> | undefined,
  ): Promise<Write[] | RejectionCode>;
  accounts?: AccountHook<N>;
}

export const put = <E extends RowEntity>(entity: E, value: EntityValue<E>): Write => ({
  op: 'put',
  entity,
  value,
});
export const remove = (entity: RowEntity, id: string): Write => ({ op: 'delete', entity, id });
