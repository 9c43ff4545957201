import { sql, type Kysely } from 'kysely';
import type { Database } from './database-schema';

/** What a password login needs besides the user: failed-attempt counts and rehashing. */
export interface LoginStorage {
  /** Counts one wrong password for the user (not for unknown usernames: there is no row). */
  addFailedLogin(userId: string): Promise<void>;
  /** The wrong passwords since the last login, and starts counting again from 0. */
  takeFailedLogins(userId: string): Promise<number>;
  /** Replaces the stored hash (a rehash at stronger parameters on login). */
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
}

export const loginQueries = (
  db: Kysely<Database>,
  runInTransaction: <T>(fn: (trx: Kysely<Database>) => Promise<T>) => Promise<T>,
): LoginStorage => ({
  async addFailedLogin(userId) {
    await db
      .updateTable('users')
      .set({ failed_logins: sql`failed_logins + 1` })
      .where('id', '=', userId)
      .execute();
  },

  takeFailedLogins: (userId) =>
    runInTransaction(async (trx) => {
      const row = await trx
        .selectFrom('users')
        .select('failed_logins')
        .where('id', '=', userId)
        .executeTakeFirst();
      if (!row?.failed_logins) return 0;
      await trx.updateTable('users').set({ failed_logins: 0 }).where('id', '=', userId).execute();
      return Number(row.failed_logins);
    }),

  async setPasswordHash(userId, passwordHash) {
    await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
  },
});
