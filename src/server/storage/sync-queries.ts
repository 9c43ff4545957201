import { sql, type Kysely } from 'kysely';
import type { EntityName, EntityValue } from '../../shared/sync/protocol';
import type { CaseChange, CaseChangeFeed } from './case-change-feed';
import { readSnapshot, replaceReferences } from './case-queries';
import { entityTables, type Database } from './database-schema';
import type { CaseSnapshot, ClientRecord, DbDialect } from './storage';

/**
 * Storage for the sync engine (src/server/sync): locks that serialise pushes per client and writes
 * per case, soft deletes, the per-member visibility changes that become tombstones, a consistent
 * read of a case for pull, and the case-change feed behind pokes.
 */
export type RowEntity = Exclude<EntityName, 'case'>;

export interface FoundRow<E extends RowEntity = RowEntity> {
  caseId: string;
  deleted: boolean;
  value: EntityValue<E>;
}

export interface VisibilityChange {
  caseId: string;
  memberId: string;
  version: number;
  entity: RowEntity;
  rowId: string;
}

export interface CaseSince {
  snapshot: CaseSnapshot;
  /** Rows whose visibility or visible value changed for the member after the given version. */
  touched: { entity: RowEntity; rowId: string }[];
}

export interface SyncStorage {
  /** A row by id in any case, deleted or not (ids are unique across cases). */
  findRow<E extends RowEntity>(entity: E, id: string): Promise<FoundRow<E> | undefined>;
  /** Locks the case row until the transaction ends (as bumpCaseVersion does); false if no such case. */
  lockCase(caseId: string): Promise<boolean>;
  /** Marks a row deleted, stamped with `version`, so pull can tell who must forget it. */
  deleteEntity(entity: RowEntity, id: string, version: number): Promise<void>;
  /**
   * The client's record, created for `userId` at mutation 0 if new, locked until the transaction
   * ends so two pushes of one client never run the same mutation twice.
   */
  lockClient(clientId: string, userId: string): Promise<ClientRecord>;
  addVisibilityChanges(changes: readonly VisibilityChange[]): Promise<void>;
  /** The case as one consistent snapshot, with the member's visibility changes after `since`. */
  loadCaseSince(caseId: string, memberId: string, since: number): Promise<CaseSince | undefined>;
  notifyCaseChanged(change: CaseChange): Promise<void>;
  /** Resolves, once listening, to the unsubscribe function (see case-change-feed.ts). */
  listenCaseChanges(onChange: (change: CaseChange) => void): Promise<() => void>;
}

type SyncDatabase = Database & SyncTables;
const tableOf = (entity: RowEntity) => entityTables[entity] as 'involvements';

export const syncQueries = (
  database: Kysely<Database>,
  dialect: DbDialect,
  inTransaction: boolean,
  feed: CaseChangeFeed,
): SyncStorage => {
  const db = database as unknown as Kysely<SyncDatabase>;
  return {
    async findRow(entity, id) {
      const row = await db
        .selectFrom(tableOf(entity))
        .select(['case_id', 'deleted', 'data'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { caseId: row.case_id, deleted: row.deleted === 1, value: JSON.parse(row.data) };
    },

    async lockCase(caseId) {
      // SQLite runs one write transaction at a time, so only PostgreSQL needs the row lock.
      const query = db.selectFrom('cases').select('id').where('id', '=', caseId).where('deleted', '=', 0);
      const row = await (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
      return row !== undefined;
    },

    async deleteEntity(entity, id, version) {
      // A tombstone keeps only what sync needs: the text goes in the same transaction (issue 13 row 8).
      const data = sql<string>`'{"id":"' || id || '","caseId":"' || case_id || '"}'`;
      await db.updateTable(tableOf(entity)).set({ deleted: 1, version, data }).where('id', '=', id).execute();
      await replaceReferences(database, entity, id, '', []);
    },

    async lockClient(clientId, userId) {
      await db
        .insertInto('clients')
        .values({ client_id: clientId, user_id: userId, last_mutation_id: 0 })
        .onConflict((oc) => oc.column('client_id').doNothing())
        .execute();
      const query = db.selectFrom('clients').selectAll().where('client_id', '=', clientId);
      const row = await (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirstOrThrow();
      return { clientId, userId: row.user_id, lastMutationId: row.last_mutation_id };
    },

    async addVisibilityChanges(changes) {
      if (changes.length === 0) return;
      await db
        .insertInto('visibility_changes')
        .values(
          changes.map((c) => ({
            case_id: c.caseId,
            member_id: c.memberId,
            version: c.version,
            entity: c.entity,
            row_id: c.rowId,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    },

    loadCaseSince(caseId, memberId, since) {
      const read = async (trx: Kysely<Database>): Promise<CaseSince | undefined> => {
        const snapshot = await readSnapshot(trx, caseId);
        if (!snapshot) return undefined;
        const touched = await (trx as unknown as Kysely<SyncDatabase>)
          .selectFrom('visibility_changes')
          .select(['entity', 'row_id'])
          .distinct()
          .where('case_id', '=', caseId)
          .where('member_id', '=', memberId)
          .where('version', '>', since)
          .where('version', '<=', snapshot.version)
          .execute();
        return {
          snapshot,
          touched: touched.map((t) => ({ entity: t.entity as RowEntity, rowId: t.row_id })),
        };
      };
      if (inTransaction) return read(database);
      // One snapshot for the whole read: PostgreSQL's default (read committed) would let a write that
      // hides a decision and reveals a statement land between two of the reads (SECURITY.md A2).
      // SQLite (WAL) reads one snapshot per transaction already.
      return database.transaction().setIsolationLevel('repeatable read').execute(read);
    },

    notifyCaseChanged: (change) => feed.notify(change),
    listenCaseChanges: (onChange) => feed.listen(onChange),
  };
};

/** The table of migration 0004 (sync-migration.ts). */
export interface SyncTables {
  visibility_changes: {
    case_id: string;
    member_id: string;
    version: number;
    entity: string;
    row_id: string;
  };
}
