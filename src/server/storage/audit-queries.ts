import { sql, type Kysely } from 'kysely';
import type { Database } from './database-schema';

/**
 * The access log's storage (SECURITY.md E1). Only appends and reads: there is deliberately no
 * update or delete, and the database refuses them anyway (audit-migration.ts). The hash chain is
 * computed by src/server/audit; this layer only keeps the rows in `seq` order.
 */
export const auditActions = [
  'read',
  'search',
  'create',
  'change',
  'delete',
  'export',
  'login',
  'logout',
  'login-failed',
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditRecord {
  seq: number;
  /** UTC, ISO 8601. */
  at: string;
  actorUserId: string;
  onBehalfOf: string;
  actorRole: string;
  actorOrganisation: string;
  caseId: string | null;
  /** What was touched: an entity name and ids, never content. */
  dataEntity: string;
  dataIds: string[];
  action: AuditAction;
  /** The policy rule that allowed it. */
  basis: string;
  /** User agent class and a hash of the address, never the address itself. */
  client: string;
  breakGlass: boolean;
  prevHash: string;
  hash: string;
}

export interface AuditFilter {
  caseId?: string;
  actorUserId?: string;
  /** Inclusive bounds on `at` (ISO strings compare in time order). */
  from?: string;
  to?: string;
}

export interface AuditStorage {
  /**
   * Appends one row built from the last one (undefined for the first), in one transaction that
   * holds the log's lock, so two processes never fork the chain.
   */
  appendAuditRecord(build: (last: AuditRecord | undefined) => AuditRecord): Promise<AuditRecord>;
  listAuditRecords(filter: AuditFilter): Promise<AuditRecord[]>;
}

interface AccessLogTable {
  seq: number;
  at: string;
  actor_user_id: string;
  on_behalf_of: string;
  actor_role: string;
  actor_organisation: string;
  case_id: string | null;
  data_entity: string;
  data_ids: string;
  action: string;
  basis: string;
  client: string;
  break_glass: number;
  prev_hash: string;
  hash: string;
}
type AuditDatabase = { access_log: AccessLogTable };

const toRecord = (row: AccessLogTable): AuditRecord => ({
  seq: Number(row.seq),
  at: row.at,
  actorUserId: row.actor_user_id,
  onBehalfOf: row.on_behalf_of,
  actorRole: row.actor_role,
  actorOrganisation: row.actor_organisation,
  caseId: row.case_id,
  dataEntity: row.data_entity,
  dataIds: JSON.parse(row.data_ids) as string[],
  action: row.action as AuditAction,
  basis: row.basis,
  client: row.client,
  breakGlass: row.break_glass !== 0,
  prevHash: row.prev_hash,
  hash: row.hash,
});

const toRow = (record: AuditRecord): AccessLogTable => ({
  seq: record.seq,
  at: record.at,
  actor_user_id: record.actorUserId,
  on_behalf_of: record.onBehalfOf,
  actor_role: record.actorRole,
  actor_organisation: record.actorOrganisation,
  case_id: record.caseId,
  data_entity: record.dataEntity,
  data_ids: JSON.stringify(record.dataIds),
  action: record.action,
  basis: record.basis,
  client: record.client,
  break_glass: record.breakGlass ? 1 : 0,
  prev_hash: record.prevHash,
  hash: record.hash,
});

export const auditQueries = (
  database: Kysely<Database>,
  inTransaction: <T>(fn: (db: Kysely<Database>) => Promise<T>) => Promise<T>,
  dialect: 'sqlite' | 'postgres',
): AuditStorage => ({
  appendAuditRecord(build) {
    return inTransaction(async (trx) => {
      const db = trx as unknown as Kysely<AuditDatabase>;
      // SQLite has one writer at a time already; PostgreSQL needs the lock to keep one chain.
      if (dialect === 'postgres') await sql`lock table access_log in share row exclusive mode`.execute(db);
      const last = await db
        .selectFrom('access_log')
        .selectAll()
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const record = build(last && toRecord(last));
      await db.insertInto('access_log').values(toRow(record)).execute();
      return record;
    });
  },

  async listAuditRecords(filter) {
    const db = database as unknown as Kysely<AuditDatabase>;
    let query = db.selectFrom('access_log').selectAll().orderBy('seq');
    if (filter.caseId !== undefined) query = query.where('case_id', '=', filter.caseId);
    if (filter.actorUserId !== undefined) query = query.where('actor_user_id', '=', filter.actorUserId);
    if (filter.from !== undefined) query = query.where('at', '>=', filter.from);
    if (filter.to !== undefined) query = query.where('at', '<=', filter.to);
    return (await query.execute()).map(toRecord);
  },
});
