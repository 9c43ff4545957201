import type { Kysely } from 'kysely';
import type { AuthDatabase } from './auth-tables';
import type { Database } from './database-schema';

export interface PasskeyRecord {
  /** WebAuthn credential id, base64url. */
  id: string;
  userId: string;
  /** COSE public key, base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
  createdAt: string;
}

export interface ChallengeRecord {
  challenge: string;
  purpose: 'register' | 'login';
  subject: string | null;
  expiresAt: string;
}

export interface PasskeyStorage {
  savePasskey(passkey: PasskeyRecord): Promise<void>;
  findPasskey(id: string): Promise<PasskeyRecord | undefined>;
  listPasskeys(userId: string): Promise<PasskeyRecord[]>;
  /** Raises the signature counter only if it grew; false means a clone or a replay. */
  advancePasskeyCounter(id: string, counter: number): Promise<boolean>;
  saveChallenge(challenge: ChallengeRecord): Promise<void>;
  /** Deletes and returns the challenge: whoever consumes it first wins, a second use finds nothing. */
  consumeChallenge(challenge: string): Promise<ChallengeRecord | undefined>;
  deleteExpiredChallenges(now: string): Promise<void>;
}

const toPasskey = (row: AuthDatabase['passkeys']): PasskeyRecord => ({
  id: row.id,
  userId: row.user_id,
  publicKey: row.public_key,
  counter: Number(row.counter),
  transports: JSON.parse(row.transports) as string[],
  createdAt: row.created_at,
});

export const passkeyQueries = (database: Kysely<Database>): PasskeyStorage => {
  const db = database as unknown as Kysely<AuthDatabase>;
  return {
    async savePasskey(p) {
      await db
        .insertInto('passkeys')
        .values({
          id: p.id,
          user_id: p.userId,
          public_key: p.publicKey,
          counter: p.counter,
          transports: JSON.stringify(p.transports),
          created_at: p.createdAt,
        })
        .execute();
    },

    async findPasskey(id) {
      const row = await db.selectFrom('passkeys').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toPasskey(row);
    },

    async listPasskeys(userId) {
      const rows = await db.selectFrom('passkeys').selectAll().where('user_id', '=', userId).execute();
      return rows.map(toPasskey);
    },

    async advancePasskeyCounter(id, counter) {
      // Authenticators without a counter always send 0; that stays allowed only while it stays 0.
      if (counter === 0) {
        const row = await db.selectFrom('passkeys').select('counter').where('id', '=', id).executeTakeFirst();
        return row !== undefined && Number(row.counter) === 0;
      }
      const result = await db
        .updateTable('passkeys')
        .set({ counter })
        .where('id', '=', id)
        .where('counter', '<', counter)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async saveChallenge(c) {
      await db
        .insertInto('webauthn_challenges')
        .values({ challenge: c.challenge, purpose: c.purpose, subject: c.subject, expires_at: c.expiresAt })
        .execute();
    },

    async consumeChallenge(challenge) {
      const row = await db
        .deleteFrom('webauthn_challenges')
        .where('challenge', '=', challenge)
        .returningAll()
        .executeTakeFirst();
      return (
        row && {
          challenge: row.challenge,
          purpose: row.purpose as ChallengeRecord['purpose'],
          subject: row.subject,
          expiresAt: row.expires_at,
        }
      );
    },

    async deleteExpiredChallenges(now) {
      await db.deleteFrom('webauthn_challenges').where('expires_at', '<', now).execute();
    },
  };
};
