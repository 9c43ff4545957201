import { sql, type Kysely } from 'kysely';
import { accountQueries } from './account-queries';
import { auditQueries } from './audit-queries';
import { caseQueries } from './case-queries';
import { caseReadQueries } from './case-read-queries';
import { fairUseQueries } from './fair-use-queries';
import { clientQueries } from './client-queries';
import { consoleQueries } from './console-queries';
import { invitationQueries } from './invitation-queries';
import { loginQueries } from './login-queries';
import { passkeyQueries } from './passkey-queries';
import { pushQueries } from './push-queries';
import { sessionQueries } from './session-queries';
import { createInProcessFeed, type CaseChangeFeed } from './case-change-feed';
import { syncQueries } from './sync-queries';
import type { Database } from './database-schema';
import { migrateToLatest } from './migrations';
import type { DbDialect, Storage } from './storage';

/**
 * The one Storage implementation over Kysely; `dialect` only names the database behind it. Inside a
 * transaction the same object is rebuilt over the transaction, and nested transactions join it.
 */
export function createKyselyStorage(
  db: Kysely<Database>,
  dialect: DbDialect,
  inTransaction = false,
  // One feed per opened database, shared by the storage objects of its transactions.
  feed: CaseChangeFeed = createInProcessFeed(),
): Storage {
  const runInTransaction = <T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> =>
    inTransaction ? fn(db) : db.transaction().execute(fn);
  let savepoints = 0;
  const storage: Storage = {
    dialect,
    transaction: (fn) =>
      runInTransaction((trx) => fn(inTransaction ? storage : createKyselyStorage(trx, dialect, true, feed))),
    snapshot: (fn) =>
      inTransaction
        ? fn(storage)
        : db
            .transaction()
            .setIsolationLevel('repeatable read')
            .execute((trx) => fn(createKyselyStorage(trx, dialect, true, feed))),
    async savepoint(fn) {
      if (!inTransaction) return storage.transaction(fn);
      const name = sql.raw(`sp_${++savepoints}`);
      await sql`savepoint ${name}`.execute(db);
      try {
        const result = await fn(storage);
        await sql`release savepoint ${name}`.execute(db);
        return result;
      } catch (error) {
        await sql`rollback to savepoint ${name}`.execute(db);
        await sql`release savepoint ${name}`.execute(db);
        throw error;
      }
    },
    async migrate() {
      await sql`select 1`.execute(db);
      await migrateToLatest(db, dialect);
    },
    async close() {
      if (inTransaction) return;
      await feed.close();
      await db.destroy();
    },
    ...accountQueries(db),
    ...loginQueries(db, runInTransaction),
    ...caseQueries(db, runInTransaction),
    ...caseReadQueries(db),
    ...fairUseQueries(db),
    ...clientQueries(db),
    ...invitationQueries(db),
    ...passkeyQueries(db),
    ...pushQueries(db),
    ...sessionQueries(db),
    ...syncQueries(db, dialect, inTransaction, feed),
    ...auditQueries(db, runInTransaction, dialect),
    ...consoleQueries(db),
  };
  return storage;
}
