import type { Kysely } from 'kysely';
import type { Case, Member } from '../../shared/domain';
import type { EntityValue } from '../../shared/sync/protocol';
import { entityTables, type Database } from './database-schema';
import type { RowEntity, SyncTables } from './sync-queries';

/**
 * Reads of a case that cost what they return (decision 010): rows by id, the members, the rows that
 * refer to a row (`row_refs`), the rows written after a version and one page of a first pull. Every
 * query is served by a primary key or an index that starts with the case id, never by a scan.
 */
export interface IdRow<E extends RowEntity = RowEntity> {
  entity: E;
  id: string;
  caseId: string;
  version: number;
  deleted: boolean;
  value: EntityValue<E>;
}

export interface CaseMember {
  value: Member;
  userId: string | null;
}

export interface CaseHead {
  version: number;
  rowVersion: number;
  value: Case;
}

export interface Referrer {
  entity: RowEntity;
  rowId: string;
  field: string;
}

/** Where a first pull goes on: after row `id` of `rowOrder[entity]`. */
export interface PagePosition {
  entity: number;
  id: string;
}

export const rowOrder: readonly RowEntity[] = [
  'member',
  'involvement',
  'decision',
  'statement',
  'event',
  'perspective',
  'reply',
];

export interface CaseReadStorage {
  /** Rows by id, in any case, deleted or not (ids are unique across cases). */
  findRows<E extends RowEntity>(entity: E, ids: readonly string[]): Promise<IdRow<E>[]>;
  listCaseMembers(caseId: string): Promise<CaseMember[]>;
  /** Live rows of the case that refer to `refId` (optionally only through `entity`.`field`). */
  listReferrers(
    caseId: string,
    refId: string,
    through?: { entity: RowEntity; field: string },
  ): Promise<Referrer[]>;
  /** The live case's row: its version, the version that last wrote its value, and the value. */
  caseHead(caseId: string): Promise<CaseHead | undefined>;
  /** Live rows written after `since`, up to `upTo`. */
  listRowsSince(caseId: string, since: number, upTo: number): Promise<IdRow[]>;
  /** Rows whose visibility changed for the member in (since, upTo]. */
  listVisibilityChanges(
    caseId: string,
    memberId: string,
    since: number,
    upTo: number,
  ): Promise<{ entity: RowEntity; rowId: string }[]>;
  /** Up to `limit` live rows written at or before `upTo`, in (entity, id) order after `after`. */
  listRowsPage(caseId: string, after: PagePosition | null, upTo: number, limit: number): Promise<IdRow[]>;
}

type Db = Kysely<Database & SyncTables & RowRefsTables>;
const tableOf = (entity: RowEntity) => entityTables[entity] as 'involvements';

const toRow = <E extends RowEntity>(
  entity: E,
  r: { id: string; case_id: string; version: number; deleted: number; data: string },
): IdRow<E> => ({
  entity,
  id: r.id,
  caseId: r.case_id,
  version: r.version,
  deleted: r.deleted === 1,
  value: JSON.parse(r.data) as EntityValue<E>,
});

const columns = ['id', 'case_id', 'version', 'deleted', 'data'] as const;

export const caseReadQueries = (database: Kysely<Database>): CaseReadStorage => {
  const db = database as unknown as Db;
  return {
    async findRows(entity, ids) {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom(tableOf(entity))
        .select(columns)
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return rows.map((r) => toRow(entity, r));
    },

    async listCaseMembers(caseId) {
      const rows = await db
        .selectFrom('members')
        .select(['data', 'user_id'])
        .where('case_id', '=', caseId)
        .where('deleted', '=', 0)
        .execute();
      return rows.map((r) => ({ value: JSON.parse(r.data) as Member, userId: r.user_id }));
    },

    async listReferrers(caseId, refId, through) {
      let query = db
        .selectFrom('row_refs')
        .select(['entity', 'row_id', 'field'])
        .where('case_id', '=', caseId)
        .where('ref_id', '=', refId);
      if (through) query = query.where('entity', '=', through.entity).where('field', '=', through.field);
      const rows = await query.execute();
      return rows.map((r) => ({ entity: r.entity as RowEntity, rowId: r.row_id, field: r.field }));
    },

    async caseHead(caseId) {
      const row = await db
        .selectFrom('cases')
        .select(['version', 'row_version', 'data'])
        .where('id', '=', caseId)
        .where('deleted', '=', 0)
        .executeTakeFirst();
      return (
        row && { version: row.version, rowVersion: row.row_version, value: JSON.parse(row.data) as Case }
      );
    },

    async listRowsSince(caseId, since, upTo) {
      const found: IdRow[] = [];
      for (const entity of rowOrder) {
        const rows = await db
          .selectFrom(tableOf(entity))
          .select(columns)
          .where('case_id', '=', caseId)
          .where('version', '>', since)
          .where('version', '<=', upTo)
          .where('deleted', '=', 0)
          .execute();
        found.push(...rows.map((r) => toRow(entity, r)));
      }
      return found;
    },

    async listVisibilityChanges(caseId, memberId, since, upTo) {
      const rows = await db
        .selectFrom('visibility_changes')
        .select(['entity', 'row_id'])
        .distinct()
        .where('case_id', '=', caseId)
        .where('member_id', '=', memberId)
        .where('version', '>', since)
        .where('version', '<=', upTo)
        .execute();
      return rows.map((t) => ({ entity: t.entity as RowEntity, rowId: t.row_id }));
    },

    async listRowsPage(caseId, after, upTo, limit) {
      const found: IdRow[] = [];
      for (let index = after?.entity ?? 0; index < rowOrder.length && found.length < limit; index++) {
        const entity = rowOrder[index]!;
        let query = db
          .selectFrom(tableOf(entity))
          .select(columns)
          .where('case_id', '=', caseId)
          .where('deleted', '=', 0)
          .where('version', '<=', upTo);
        if (after && index === after.entity) query = query.where('id', '>', after.id);
        const rows = await query
          .orderBy('id')
          .limit(limit - found.length)
          .execute();
        found.push(...rows.map((r) => toRow(entity, r)));
      }
      return found;
    },
  };
};

/** The tables of migration 0010 that sync reads and writes (sync-cost-migration.ts). */
export interface RowRefsTables {
  row_refs: { case_id: string; ref_id: string; entity: string; field: string; row_id: string };
  mutation_hashes: { client_id: string; mutation_id: number; body_hash: string };
}
