import * as z from 'zod/mini';
import {
  isMutationName,
  mutationArgSchemas,
  type MutationArgs,
  type MutationName,
} from '../../shared/sync/mutations';
import { entitySchemas, type EntityName, type MutationEnvelope } from '../../shared/sync/protocol';
import { visibleValue } from '../policy/read-policy';
import { mayWrite } from '../policy/write-policy';
import type { CaseSnapshot, Storage, UserRecord } from '../storage/storage';
import { createCase } from './case-create';
import { mutators } from './mutators';
import type { Mutator, MutatorContext, RejectionCode, RowEntity, Write } from './mutators/mutator';
import { CaseRows } from './case-rows';
import type { CaseValues } from './visibility-diff';
import { diffWrites } from './write-diff';

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
  // the case as it is under the lock. An id the actor cannot see (another case's, a deleted row's,
  // a row hidden from them) is `not-found`, never `conflict`, so nothing tells it exists (issue 13).
  const target = mutator.target(args);
  const found = await tx.findRow(target.entity, target.id);
  const created = target.creates && (await tx.findRow(target.creates.entity, target.creates.id));
  if (target.exists === 'existing' && (!found || found.deleted)) return reject('not-found');
  if (target.exists !== 'existing' && found && found.caseId !== target.caseId) return reject('not-found');
  const caseId = found?.caseId ?? target.caseId;
  if (!caseId || !(await tx.lockCase(caseId))) return reject('not-found');
  if (created && created.caseId !== caseId) return reject('not-found');
  const rows = await CaseRows.load(tx, caseId);
  const actor = rows.memberOfUser(context.user.id);
  if (!actor) return reject('not-found');
  if (found?.deleted || created?.deleted) return reject('not-found');
  const scope = rows.scope(actor, context.today);
  const visible = async (entity: RowEntity, id: string) => {
    await rows.withClosure([{ entity, id }]);
    const row = rows.get(entity, id);
    return row !== undefined && visibleValue(entity, row, scope) !== null;
  };
  await rows.withClosure([{ entity: target.entity, id: target.id }]);
  const current = rows.get(target.entity, target.id);
  if (current && !(await visible(target.entity, target.id))) return reject('not-found');
  if (target.exists === 'new' && current) return reject('conflict');
  if (created && target.creates) {
    return reject((await visible(target.creates.entity, target.creates.id)) ? 'conflict' : 'not-found');
  }
  if (!mayWrite(name, { actor, ...mutator.policy?.(args, current) })) return reject('forbidden');
  const accountContext = { user: context.user, actor, caseId, today: context.today };
  const account = await mutator.accounts?.check?.(tx, args, accountContext);
  if (typeof account === 'string') return reject(account);

  // 5: apply. Server fields are set by the mutator; every row is checked against its schema.
  const base = { caseId, actor, now: context.now, today: context.today };
  const writes = await mutator.apply(args, { ...lookupsOver(tx, rows, visible, base), account }, current);
  if (typeof writes === 'string') return reject(writes);
  if (writes.length === 0) return { kind: 'unchanged' };
  if (!writes.every(isValidWrite)) return reject('bad-request');
  // The diff reads the case as it was: before the writes are stored.
  const diff = await diffWrites(tx, rows, writes, context.today);
  const version = await tx.bumpCaseVersion(caseId);
  for (const write of writes) {
    if (write.op === 'put') await tx.putEntity(write.entity, write.value as never, version);
    else await tx.deleteEntity(write.entity, write.id, version);
  }
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

/** The mutator's lookups, answered by id and by index from the case as it is under the lock. */
function lookupsOver(
  tx: Storage,
  rows: CaseRows,
  visible: (entity: RowEntity, id: string) => Promise<boolean>,
  base: Pick<MutatorContext, 'caseId' | 'actor' | 'now' | 'today'>,
): MutatorContext {
  return {
    ...base,
    find: async (entity, id) => {
      await rows.load([{ entity, id }]);
      return rows.get(entity, id);
    },
    referencing: async (entity, field, id) => {
      const referrers = await tx.listReferrers(base.caseId, id, { entity, field });
      const refs = referrers.map((r) => ({ entity, id: r.rowId }));
      await rows.load(refs);
      return refs.map((ref) => rows.get(entity, ref.id)).filter((row) => row !== undefined) as never;
    },
    canSee: visible,
  };
}
