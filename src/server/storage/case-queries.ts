import type { Kysely } from 'kysely';
import type { Member } from '../../shared/domain';
import type { EntityName, EntityValue } from '../../shared/sync/protocol';
import { entityTables, type Database } from './database-schema';
import { referencesOf, type RowReference } from './row-references';
import type { RowRefsTables } from './case-read-queries';
import type { CaseSnapshot, Storage, StoredRow } from './storage';

export type CaseQueries = Pick<
  Storage,
  | 'createCase'
  | 'bumpCaseVersion'
  | 'putEntity'
  | 'assignMember'
  | 'listMembershipsForUser'
  | 'findMember'
  | 'loadCaseSnapshot'
>;

type RowEntity = Exclude<EntityName, 'case'>;
// The entity tables share their columns; members only adds user_id, which generic code never touches.
const tableOf = (entity: RowEntity) => entityTables[entity] as 'involvements';
const rowEntities = Object.keys(entityTables) as RowEntity[];

/** Cases and their rows. `inTransaction` runs a read in one transaction for a consistent snapshot. */
export const caseQueries = (
  db: Kysely<Database>,
  inTransaction: <T>(fn: (db: Kysely<Database>) => Promise<T>) => Promise<T>,
): CaseQueries => ({
  async createCase(value) {
    const data = JSON.stringify(value);
    await db
      .insertInto('cases')
      .values({ id: value.id, version: 1, row_version: 1, deleted: 0, data })
      .execute();
  },

  async bumpCaseVersion(caseId) {
    const row = await db
      .updateTable('cases')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', caseId)
      .returning('version')
      .executeTakeFirst();
    if (!row) throw new Error('bumpCaseVersion: no such case');
    return row.version;
  },

  async putEntity(entity, value, version) {
    const { id, caseId } = value as { id: string; caseId: string };
    const data = JSON.stringify(value);
    const table = tableOf(entity);
    const result = await db
      .insertInto(table)
      .values({ id, case_id: caseId, version, deleted: 0, data })
      // A row never moves to another case: the update only applies within the same case.
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet({ version, deleted: 0, data })
          .whereRef(`${table}.case_id`, '=', 'excluded.case_id'),
      )
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) {
      throw new Error(`putEntity: the ${entity} belongs to another case`);
    }
    await replaceReferences(db, entity, id, caseId, referencesOf(entity, value));
  },

  async assignMember(memberId, userId) {
    await db.updateTable('members').set({ user_id: userId }).where('id', '=', memberId).execute();
  },

  listMembershipsForUser(userId) {
    return db
      .selectFrom('members')
      .innerJoin('cases', 'cases.id', 'members.case_id')
      .select(['members.case_id as caseId', 'members.id as memberId'])
      .where('members.user_id', '=', userId)
      .where('members.deleted', '=', 0)
      .where('cases.deleted', '=', 0)
      .orderBy('members.case_id')
      .execute();
  },

  async findMember(memberId) {
    const row = await db
      .selectFrom('members')
      .select('data')
      .where('id', '=', memberId)
      .where('deleted', '=', 0)
      .executeTakeFirst();
    return row && (JSON.parse(row.data) as Member);
  },

  loadCaseSnapshot(caseId) {
    return inTransaction((trx) => readSnapshot(trx, caseId));
  },
});

export async function readSnapshot(db: Kysely<Database>, caseId: string): Promise<CaseSnapshot | undefined> {
  // The case version is read first: a row written after it is sent again later, never skipped.
  const head = await db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', caseId)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!head) return undefined;
  const rows = {} as Record<RowEntity, StoredRow[]>;
  for (const entity of rowEntities) {
    const found = await db
      .selectFrom(tableOf(entity))
      .select(['id', 'version', 'data'])
      .where('case_id', '=', caseId)
      .where('deleted', '=', 0)
      .orderBy('id')
      .execute();
    rows[entity] = found.map((r) => ({
      id: r.id,
      version: r.version,
      value: JSON.parse(r.data) as EntityValue<RowEntity>,
    }));
  }
  const value = JSON.parse(head.data) as EntityValue<'case'>;
  return {
    caseId,
    version: head.version,
    case: { id: head.id, version: head.row_version, value },
    rows: rows as CaseSnapshot['rows'],
  };
}

/** Keeps `row_refs` in step with a row, in the transaction that writes it (migration 0010). */
export async function replaceReferences(
  database: Kysely<Database>,
  entity: RowEntity,
  rowId: string,
  caseId: string,
  references: readonly RowReference[],
): Promise<void> {
  const db = database as unknown as Kysely<RowRefsTables>;
  await db.deleteFrom('row_refs').where('row_id', '=', rowId).where('entity', '=', entity).execute();
  if (references.length === 0) return;
  const values = references.map((ref) => ({
    case_id: caseId,
    ref_id: ref.id,
    entity,
    field: ref.field,
    row_id: rowId,
  }));
  await db
    .insertInto('row_refs')
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .execute();
}
