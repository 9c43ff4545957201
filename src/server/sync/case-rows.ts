import type { Member } from '../../shared/domain';
import type { EntityValue } from '../../shared/sync/protocol';
import type { ReadScope } from '../policy/read-scope';
import type { CaseMember, IdRow } from '../storage/case-read-queries';
import { referencesOf } from '../storage/row-references';
import type { Storage } from '../storage/storage';
import type { RowEntity, Write } from './mutators/mutator';

/**
 * The rows of one case that a mutation or a pull has read, loaded by id when first needed
 * (decision 010). The read policy is synchronous and follows references (a reply to its
 * perspective, a statement to its decision), so before a row is judged, `withClosure` loads what
 * it refers to, and what that refers to. A lookup of a row nobody loaded is a programming error and
 * throws, rather than answering "not there" and hiding a row by mistake. The members are loaded
 * whole: every member is a reader whose view a write may change.
 */
type Value = EntityValue<RowEntity>;
type Ref = { entity: RowEntity; id: string };
const keyOf = (entity: string, id: string) => `${entity}:${id}`;

export class CaseRows {
  private readonly known = new Map<string, Value | null>();
  /** Rows whose references have been loaded too. */
  private readonly closed = new Set<string>();

  private constructor(
    private readonly tx: Storage,
    readonly caseId: string,
    readonly members: readonly CaseMember[],
  ) {
    for (const member of members) this.known.set(keyOf('member', member.value.id), member.value);
  }

  static async load(tx: Storage, caseId: string): Promise<CaseRows> {
    return new CaseRows(tx, caseId, await tx.listCaseMembers(caseId));
  }

  memberOfUser(userId: string): Member | undefined {
    return this.members.find((m) => m.userId === userId)?.value;
  }

  /** Keeps rows already read (a pull's changed rows), so they are not read again. */
  remember(found: readonly IdRow[]): void {
    for (const row of found) {
      if (row.caseId === this.caseId && !row.deleted) this.known.set(keyOf(row.entity, row.id), row.value);
    }
  }

  /** Loads the rows not read yet; a row of another case or a deleted one counts as absent. */
  async load(refs: readonly Ref[]): Promise<void> {
    const missing = new Map<RowEntity, string[]>();
    for (const { entity, id } of refs) {
      if (this.known.has(keyOf(entity, id))) continue;
      missing.set(entity, [...(missing.get(entity) ?? []), id]);
    }
    for (const [entity, ids] of missing) {
      for (const id of ids) this.known.set(keyOf(entity, id), null);
      for (const row of await this.tx.findRows(entity, ids)) {
        if (row.caseId === this.caseId && !row.deleted) this.known.set(keyOf(entity, row.id), row.value);
      }
    }
  }

  /** Loads the rows and, transitively, every row the read policy follows from them. */
  async withClosure(refs: readonly Ref[], writes: readonly Write[] = []): Promise<void> {
    const written = writes.flatMap((w) => (w.op === 'put' ? referencesOf(w.entity, w.value) : []));
    let next: Ref[] = [...refs, ...written.map(({ entity, id }) => ({ entity, id }))];
    while (next.length > 0) {
      const open = next.filter(({ entity, id }) => !this.closed.has(keyOf(entity, id)));
      for (const { entity, id } of open) this.closed.add(keyOf(entity, id));
      await this.load(open);
      next = open.flatMap(({ entity, id }) => {
        const value = this.known.get(keyOf(entity, id));
        return value ? referencesOf(entity, value).map(({ entity: e, id: i }) => ({ entity: e, id: i })) : [];
      });
    }
  }

  /** A loaded row of this case as stored, or undefined when absent. */
  get<E extends RowEntity>(entity: E, id: string): EntityValue<E> | undefined {
    const key = keyOf(entity, id);
    if (!this.known.has(key)) throw new Error(`CaseRows: ${key} was not loaded`);
    return (this.known.get(key) ?? undefined) as EntityValue<E> | undefined;
  }

  /** A read scope over the loaded rows, with `writes` applied on top (the case after a mutation). */
  scope(viewer: Member, today: string, writes: readonly Write[] = []): ReadScope {
    const overlay = new Map<string, Value | null>();
    for (const w of writes)
      overlay.set(keyOf(w.entity, w.op === 'put' ? w.value.id : w.id), w.op === 'put' ? w.value : null);
    return {
      viewer,
      today,
      find: <E extends string>(entity: E, id: string) => {
        if (entity === 'case') return undefined;
        const key = keyOf(entity, id);
        const value = overlay.has(key) ? overlay.get(key) : this.get(entity as RowEntity, id);
        return (value ?? undefined) as never;
      },
    };
  }
}
