import type { Kysely } from 'kysely';
import type { AuthDatabase } from './auth-tables';
import type { Database } from './database-schema';

/** An invitation as stored: only hashes of the link token, code and ticket (SECURITY.md B1). */
export interface InvitationRecord {
  id: string;
  tokenHash: string;
  codeHash: string;
  caseId: string;
  memberId: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  wrongCodes: number;
  ticketHash: string | null;
  ticketExpiresAt: string | null;
  usedAt: string | null;
}

export interface InvitationStorage {
  /** Stores a new invitation and removes the member's earlier unused ones (one live link per member). */
  createInvitation(invitation: InvitationRecord): Promise<void>;
  findInvitationByTokenHash(tokenHash: string): Promise<InvitationRecord | undefined>;
  findInvitationByTicketHash(ticketHash: string): Promise<InvitationRecord | undefined>;
  /**
   * Reserves one try before the code is compared: adds one to the count if it is below `max` and
   * returns true, atomically, so parallel guesses can never get more than `max` tries in total.
   */
  reserveCodeTry(id: string, max: number): Promise<boolean>;
  /** Gives back the try a right code reserved (a right code is not a wrong one). */
  releaseCodeTry(id: string): Promise<void>;
  setInvitationTicket(id: string, ticketHash: string, expiresAt: string): Promise<void>;
  /** Marks it used; false when it already was (two redemptions racing: one wins). */
  markInvitationUsed(id: string, usedAt: string): Promise<boolean>;
  /** The login linked to a member, or null when the member has none yet. */
  findMemberUserId(memberId: string): Promise<string | null | undefined>;
}

export const toInvitation = (row: AuthDatabase['invitations']): InvitationRecord => ({
  id: row.id,
  tokenHash: row.token_hash,
  codeHash: row.code_hash,
  caseId: row.case_id,
  memberId: row.member_id,
  createdBy: row.created_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  wrongCodes: Number(row.wrong_codes),
  ticketHash: row.ticket_hash,
  ticketExpiresAt: row.ticket_expires_at,
  usedAt: row.used_at,
});

export const invitationQueries = (database: Kysely<Database>): InvitationStorage => {
  const db = database as unknown as Kysely<AuthDatabase>;
  return {
    async createInvitation(i) {
      await db
        .deleteFrom('invitations')
        .where('member_id', '=', i.memberId)
        .where('used_at', 'is', null)
        .execute();
      await db
        .insertInto('invitations')
        .values({
          id: i.id,
          token_hash: i.tokenHash,
          code_hash: i.codeHash,
          case_id: i.caseId,
          member_id: i.memberId,
          created_by: i.createdBy,
          created_at: i.createdAt,
          expires_at: i.expiresAt,
          wrong_codes: i.wrongCodes,
          ticket_hash: i.ticketHash,
          ticket_expires_at: i.ticketExpiresAt,
          used_at: i.usedAt,
        })
        .execute();
    },

    async findInvitationByTokenHash(tokenHash) {
      const row = await db
        .selectFrom('invitations')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && toInvitation(row);
    },

    async findInvitationByTicketHash(ticketHash) {
      const row = await db
        .selectFrom('invitations')
        .selectAll()
        .where('ticket_hash', '=', ticketHash)
        .executeTakeFirst();
      return row && toInvitation(row);
    },

    async reserveCodeTry(id, max) {
      const result = await db
        .updateTable('invitations')
        .set((eb) => ({ wrong_codes: eb('wrong_codes', '+', 1) }))
        .where('id', '=', id)
        .where('wrong_codes', '<', max)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async releaseCodeTry(id) {
      await db
        .updateTable('invitations')
        .set((eb) => ({ wrong_codes: eb('wrong_codes', '-', 1) }))
        .where('id', '=', id)
        .where('wrong_codes', '>', 0)
        .execute();
    },

    async setInvitationTicket(id, ticketHash, expiresAt) {
      await db
        .updateTable('invitations')
        .set({ ticket_hash: ticketHash, ticket_expires_at: expiresAt })
        .where('id', '=', id)
        .execute();
    },

    async markInvitationUsed(id, usedAt) {
      const result = await db
        .updateTable('invitations')
        .set({ used_at: usedAt, ticket_hash: null, ticket_expires_at: null })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async findMemberUserId(memberId) {
      const row = await db
        .selectFrom('members')
        .select('user_id')
        .where('id', '=', memberId)
        .where('deleted', '=', 0)
        .executeTakeFirst();
      return row && row.user_id;
    },
  };
};
