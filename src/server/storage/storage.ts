import type { Case, Member } from '../../shared/domain';
import type { EntityName, EntityValue } from '../../shared/sync/protocol';
import type { AuditStorage } from './audit-queries';
import type { CaseReadStorage } from './case-read-queries';
import type { FairUseStorage } from './fair-use-queries';
import type { ConsoleStorage } from './console-queries';
import type { InvitationStorage } from './invitation-queries';
import type { LoginStorage } from './login-queries';
import type { PasskeyStorage } from './passkey-queries';
import type { PushStorage } from './push-queries';
import type { SessionStorage } from './session-queries';
import type { SyncStorage } from './sync-queries';

/**
 * The seam between the server and its database (STYLE.md #5). One Kysely implementation serves
 * SQLite and PostgreSQL; storage.contract.test.ts holds both to the same behaviour. Values are
 * stored as the JSON of their shared schema and validated before they get here, so reads trust them.
 * Each case has a version counter; every row remembers the case version that last wrote it
 * (DESIGN.md §4): a write transaction calls bumpCaseVersion once and stamps its rows with it.
 */
export type DbDialect = 'sqlite' | 'postgres';
export type UserKind = 'family' | 'professional';

export interface UserRecord {
  id: string;
  username: string;
  kind: UserKind;
  displayName: string;
  passwordHash: string;
  disabled: boolean;
  /**
   * The organisation a professional works for, set by `npm run admin` (never from case data, so
   * the access log cannot be misled by an edited involvement); null for family members.
   */
  organisation: string | null;
}

export interface SessionRecord {
  idHash: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface Membership {
  caseId: string;
  memberId: string;
}

export interface StoredRow<E extends EntityName = EntityName> {
  id: string;
  version: number;
  value: EntityValue<E>;
}

/** Every live (not deleted) row of one case, read in one consistent transaction. */
export interface CaseSnapshot {
  caseId: string;
  version: number;
  case: StoredRow<'case'>;
  rows: { [E in Exclude<EntityName, 'case'>]: StoredRow<E>[] };
}

export interface ClientRecord {
  clientId: string;
  userId: string;
  lastMutationId: number;
}

export interface RejectionRecord {
  mutationId: number;
  code: string;
}

export interface Storage
  extends
    InvitationStorage,
    LoginStorage,
    PasskeyStorage,
    PushStorage,
    SessionStorage,
    AuditStorage,
    SyncStorage,
    CaseReadStorage,
    FairUseStorage,
    ConsoleStorage {
  readonly dialect: DbDialect;

  /** Runs fn in one transaction; nested calls join the outer one. */
  transaction<T>(fn: (tx: Storage) => Promise<T>): Promise<T>;
  /**
   * Runs fn's reads in one snapshot (REPEATABLE READ on PostgreSQL; one read transaction on SQLite),
   * so a write landing between two reads is never half seen (SECURITY.md A2).
   */
  snapshot<T>(fn: (tx: Storage) => Promise<T>): Promise<T>;
  /**
   * Runs fn in a savepoint of the current transaction: if fn throws, only its writes are undone and
   * the transaction goes on (a push's mutations, decision 010). Outside a transaction, a transaction.
   */
  savepoint<T>(fn: (tx: Storage) => Promise<T>): Promise<T>;
  /** Proves the connection works and brings the schema to the latest migration. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Returns the stored secret, creating it with `create()` if absent (first process wins). */
  ensureSecret(name: string, create: () => string): Promise<string>;

  countUsers(): Promise<number>;
  createUser(user: UserRecord): Promise<void>;
  findUserById(id: string): Promise<UserRecord | undefined>;
  /** Usernames are compared in lower case. */
  findUserByUsername(username: string): Promise<UserRecord | undefined>;

  createSession(session: SessionRecord): Promise<void>;
  findSession(idHash: string): Promise<SessionRecord | undefined>;
  touchSession(idHash: string, lastSeenAt: string): Promise<void>;
  deleteSession(idHash: string): Promise<void>;

  /** Creates the case at version 1 with its own row written at that version. */
  createCase(value: Case): Promise<void>;
  /** Bumps and returns the case version, locking the case row until the transaction ends. */
  bumpCaseVersion(caseId: string): Promise<number>;
  /** Inserts or replaces a row of the value's case, stamped with `version`. */
  putEntity<E extends Exclude<EntityName, 'case'>>(
    entity: E,
    value: EntityValue<E>,
    version: number,
  ): Promise<void>;
  /** Links a login to its member row in a case (a member may have no login yet). */
  assignMember(memberId: string, userId: string): Promise<void>;
  listMembershipsForUser(userId: string): Promise<Membership[]>;
  findMember(memberId: string): Promise<Member | undefined>;
  loadCaseSnapshot(caseId: string): Promise<CaseSnapshot | undefined>;

  findClient(clientId: string): Promise<ClientRecord | undefined>;
  saveClient(client: ClientRecord): Promise<void>;
  addRejection(clientId: string, rejection: RejectionRecord): Promise<void>;
  listRejections(clientId: string): Promise<RejectionRecord[]>;
  /** The body hash kept for an applied mutation (SECURITY.md R1), if still in the replay window. */
  findMutationHash(clientId: string, mutationId: number): Promise<string | undefined>;
  /** Keeps the hash, and forgets the client's hashes below `keepFrom`. */
  saveMutationHash(clientId: string, mutationId: number, hash: string, keepFrom: number): Promise<void>;
}
