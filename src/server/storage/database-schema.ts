import type { Generated } from 'kysely';
import type { EntityName } from '../../shared/sync/protocol';

/**
 * Kysely's view of the tables (see migrations.ts). Portable types only: text, integer (booleans as
 * 0/1, times as ISO 8601 UTC text, entity values as JSON text), so both dialects read back the same.
 */
export interface UsersTable {
  id: string;
  username: string;
  kind: string;
  display_name: string;
  password_hash: string;
  disabled: number;
  organisation: string | null;
  /** Migration 0012: wrong passwords since the last login. */
  failed_logins: Generated<number>;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface CasesTable {
  id: string;
  /** The case's change counter, bumped by every write transaction on the case. */
  version: number;
  /** The version that last wrote `data`. */
  row_version: number;
  deleted: number;
  data: string;
}

export interface EntityTable {
  id: string;
  case_id: string;
  version: number;
  deleted: number;
  data: string;
}

export interface MembersTable extends EntityTable {
  user_id: string | null;
}

export interface ClientsTable {
  client_id: string;
  user_id: string;
  last_mutation_id: number;
}

export interface RejectionsTable {
  client_id: string;
  mutation_id: number;
  code: string;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
}

export const entityTables = {
  member: 'members',
  involvement: 'involvements',
  decision: 'decisions',
  statement: 'statements',
  perspective: 'perspectives',
  reply: 'replies',
  event: 'events',
} as const satisfies Record<Exclude<EntityName, 'case'>, string>;
export type EntityTableName = (typeof entityTables)[keyof typeof entityTables];

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  cases: CasesTable;
  members: MembersTable;
  involvements: EntityTable;
  decisions: EntityTable;
  statements: EntityTable;
  perspectives: EntityTable;
  replies: EntityTable;
  events: EntityTable;
  clients: ClientsTable;
  rejections: RejectionsTable;
  server_secrets: ServerSecretsTable;
}
