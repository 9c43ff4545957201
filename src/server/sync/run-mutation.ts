import * as z from 'zod/mini';
import {
  isMutationName,
  mutationArgSchemas,
  type MutationArgs,
  type MutationName,
} from '../../shared/sync/mutations';
import {
  entitySchemas,
  type EntityName,
  type EntityValue,
  type MutationEnvelope,
} from '../../shared/sync/protocol';
import { visibleValue } from '../policy/read-policy';
import { createReadScope, type ReadScope } from '../policy/read-scope';
import { mayWrite } from '../policy/write-policy';
import type { CaseSnapshot, Storage, UserRecord } from '../storage/storage';
import { createCase } from './case-create';
import { mutators } from './mutators';
import type { Mutator, MutatorContext, RejectionCode, RowEntity, Write } from './mutators/mutator';
import { diffVisibility, rowKey, type CaseValues } from './visibility-diff';

/**
 * Steps 3–5 of a push (DESIGN.md §4) for one mutation, inside the caller's transaction: validate,
 * authorize, apply. Outsiders, and members who cannot see the target, get `not-found`, never
 * `forbidden`, so a rejection never tells anyone that a row or case exists (POLICY.md Actors).
 */
export type MutationOutcome =
  | { kind: 'rejected'; code: RejectionCode }
  | {
      kind: 'applied';
      caseId: string;
      version: number;
      touchedMembers: string[];
      /** For the access log: who wrote, what kind of write, which rows (never content). */
      access: {
        actorRole: string;
        action: 'create' | 'change' | 'delete';
        entity: EntityName;
        ids: string[];
      };
    }
  | { kind: 'unchanged' };

const reject = (code: RejectionCode): MutationOutcome => ({ kind: 'rejected', code });

export interface RunContext {
  user: UserRecord;
  now: string;
  today: string;
}

export async function runMutation(
  tx: Storage,
  envelope: MutationEnvelope,
  context: RunContext,
): Promise<MutationOutcome> {
  // 3: validate the args with the shared schema.
  if (!isMutationName(envelope.name)) return reject('unknown-mutation');
  const name: MutationName = envelope.name;
  const parsed = z.safeParse(mutationArgSchemas[name], envelope.args);
  if (!parsed.success) return reject('bad-request');
  // No case exists yet, so none of the steps below apply (decision 009).
  if (name === 'case.create') return createCase(tx, parsed.data as MutationArgs<'case.create'>, context);
  const mutator = mutators[name] as Mutator<MutationName>;
  const args = parsed.data as never;

  // 4: authorize. First find the case through the target row, then lock the case, then decide on
  // the case as it is under the lock.
  const target = mutator.target(args);
  const found = await tx.findRow(target.entity, target.id);
  if (target.exists === 'existing' && (!found || found.deleted)) return reject('not-found');
  if (target.exists === 'new' && found) return reject('conflict');
  if (target.exists === 'either' && found && found.caseId !== target.caseId) return reject('not-found');
  if (found?.deleted) return reject('conflict');
  if (target.creates && (await tx.findRow(target.creates.entity, target.creates.id)))
    return reject('conflict');
  const caseId = found?.caseId ?? target.caseId;
  if (!caseId || !(await tx.lockCase(caseId))) return reject('not-found');
  const membership = (await tx.listMembershipsForUser(context.user.id)).find((m) => m.caseId === caseId);
  const snapshot = membership && (await tx.loadCaseSnapshot(caseId));
  const before = snapshot && valuesOf(snapshot);
  const actor = before?.member.find((m) => m.id === membership?.memberId);
  if (!before || !actor) return reject('not-found');
  const scope = createReadScope(actor, context.today, before);
  const current = scope.find(target.entity, target.id);
  if (current && visibleValue(target.entity, current, scope) === null) return reject('not-found');
  if (!mayWrite(name, { actor, ...mutator.policy?.(args, current) })) return reject('forbidden');
  const accountContext = { user: context.user, actor, caseId, today: context.today };
  const account = await mutator.accounts?.check?.(tx, args, accountContext);
  if (typeof account === 'string') return reject(account);

  // 5: apply. Server fields are set by the mutator; every row is checked against its schema.
  const writes = await mutator.apply(
    args,
    { ...lookupsOver(before, scope, { caseId, actor, ...context }), account },
    current,
  );
  if (typeof writes === 'string') return reject(writes);
  if (writes.length === 0) return { kind: 'unchanged' };
  if (!writes.every(isValidWrite)) return reject('bad-request');
  const version = await tx.bumpCaseVersion(caseId);
  for (const write of writes) {
    if (write.op === 'put') await tx.putEntity(write.entity, write.value as never, version);
    else await tx.deleteEntity(write.entity, write.id, version);
  }
  const after = withWrites(before, writes);
  const written = new Set(writes.map((w) => rowKey(w.entity, w.op === 'put' ? w.value.id : w.id)));
  const diff = diffVisibility(before, after, written, context.today);
  await tx.addVisibilityChanges(diff.changes.map((change) => ({ ...change, caseId, version })));
  await mutator.accounts?.afterWrite?.(tx, args, accountContext);
  const deletes = writes.every((w) => w.op === 'delete');
  // A reply targets its perspective but creates a row of its own.
  const action = deletes ? 'delete' : current && !target.creates ? 'change' : 'create';
  const ids = writes.map((w) => (w.op === 'put' ? w.value.id : w.id));
  const access = { actorRole: actor.role, action, entity: writes[0]!.entity, ids } as const;
  return { kind: 'applied', caseId, version, touchedMembers: diff.touchedMembers, access };
}

const isValidWrite = (write: Write) =>
  write.op === 'delete' || z.safeParse(entitySchemas[write.entity], write.value).success;

export function valuesOf(snapshot: CaseSnapshot): CaseValues {
  const values = { case: [snapshot.case.value] } as CaseValues;
  for (const [entity, rows] of Object.entries(snapshot.rows)) {
    (values as Record<string, unknown[]>)[entity] = rows.map((row) => row.value);
  }
  return values;
}

function withWrites(before: CaseValues, writes: readonly Write[]): CaseValues {
  const after = { ...before } as unknown as Record<string, EntityValue<RowEntity>[]>;
  for (const write of writes) {
    const id = write.op === 'put' ? write.value.id : write.id;
    const rows = (after[write.entity] ?? []).filter((row) => row.id !== id);
    after[write.entity] = write.op === 'put' ? [...rows, write.value] : rows;
  }
  return after as unknown as CaseValues;
}

/** The mutator's lookups, answered from the case's rows as they are under the lock. */
function lookupsOver(
  rows: CaseValues,
  scope: ReadScope,
  base: Pick<MutatorContext, 'caseId' | 'actor' | 'now' | 'today'>,
): MutatorContext {
  const live = <E extends RowEntity>(entity: E) => rows[entity] as unknown as readonly EntityValue<E>[];
  return {
    caseId: base.caseId,
    actor: base.actor,
    now: base.now,
    today: base.today,
    find: async (entity, id) => live(entity).find((row) => row.id === id),
    referencing: async (entity, field, id) =>
      live(entity).filter((row) => referenceOf(row, field) === id) as never,
    canSee: async (entity, id) => {
      const row = scope.find(entity, id);
      return row !== undefined && visibleValue(entity, row, scope) !== null;
    },
  };
}

/** The value at a dotted path such as `subject.id`. */
const referenceOf = (row: unknown, field: string): unknown =>
  field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], row);
