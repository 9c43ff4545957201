import type { Kysely } from 'kysely';
import type { AuthDatabase } from './auth-tables';
import type { Database } from './database-schema';

export interface SessionListing {
  idHash: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  device: string | null;
}

/** Listing and ending sessions, and disabling accounts (SECURITY.md C3). */
export interface SessionStorage {
  setSessionDevice(idHash: string, device: string): Promise<void>;
  listSessionsForUser(userId: string): Promise<SessionListing[]>;
  /** Ends every session of the user except `keepIdHash`; returns how many ended. */
  deleteSessionsForUser(userId: string, keepIdHash?: string): Promise<number>;
  /** Disables or enables the login; disabling also ends all its sessions. */
  setUserDisabled(userId: string, disabled: boolean): Promise<void>;
}

export const sessionQueries = (database: Kysely<Database>): SessionStorage => {
  const db = database as unknown as Kysely<AuthDatabase>;
  return {
    async setSessionDevice(idHash, device) {
      await db.updateTable('sessions').set({ device }).where('id_hash', '=', idHash).execute();
    },

    async listSessionsForUser(userId) {
      const rows = await db
        .selectFrom('sessions')
        .select(['id_hash', 'created_at', 'last_seen_at', 'expires_at', 'device'])
        .where('user_id', '=', userId)
        .orderBy('last_seen_at', 'desc')
        .execute();
      return rows.map((row) => ({
        idHash: row.id_hash,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
        device: row.device,
      }));
    },

    async deleteSessionsForUser(userId, keepIdHash) {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (keepIdHash !== undefined) query = query.where('id_hash', '!=', keepIdHash);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async setUserDisabled(userId, disabled) {
      // Disabled first: resumeSession already refuses a disabled user, so no gap opens in between.
      await db
        .updateTable('users')
        .set({ disabled: disabled ? 1 : 0 })
        .where('id', '=', userId)
        .execute();
      if (disabled) await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
  };
};
