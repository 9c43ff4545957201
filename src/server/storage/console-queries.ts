import type { Kysely } from 'kysely';
import type { AuthDatabase } from './auth-tables';
import type { Database } from './database-schema';
import { toInvitation, type InvitationRecord } from './invitation-queries';

/**
 * What the professional console needs beyond the case rows (issue 10, decision 009): whether an id
 * names a case (case.create), the logins linked to a case's members (invitation state), a
 * professional's colleagues, and unlinking a member who leaves the case and revoking their
 * invitations. Reads never return password hashes.
 */
export interface Colleague {
  id: string;
  displayName: string;
}

export interface ConsoleStorage {
  /** True when a case with this id exists, deleted or not (ids are never reused). */
  caseExists(caseId: string): Promise<boolean>;
  /** The members of the case that have a login, with that login's id. */
  listMemberLogins(caseId: string): Promise<{ memberId: string; userId: string }[]>;
  /** Unlinks the member's login; returns the login that was linked, or null. */
  unlinkMember(memberId: string): Promise<string | null>;
  /** Every invitation ever made for members of the case (used, unused, expired). */
  listInvitationsOfCase(caseId: string): Promise<InvitationRecord[]>;
  /** Deletes the member's unused invitations (their links and codes stop working); returns how many. */
  revokeInvitations(memberId: string): Promise<number>;
  /** Enabled professional logins of the organisation, by name. */
  listProfessionalsOf(organisation: string): Promise<Colleague[]>;
}

export const consoleQueries = (database: Kysely<Database>): ConsoleStorage => {
  const db = database as unknown as Kysely<AuthDatabase>;
  return {
    async caseExists(caseId) {
      const row = await db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
      return row !== undefined;
    },

    async listMemberLogins(caseId) {
      const rows = await db
        .selectFrom('members')
        .select(['id', 'user_id'])
        .where('case_id', '=', caseId)
        .where('deleted', '=', 0)
        .where('user_id', 'is not', null)
        .execute();
      return rows.map((row) => ({ memberId: row.id, userId: row.user_id! }));
    },

    async unlinkMember(memberId) {
      const row = await db
        .selectFrom('members')
        .select('user_id')
        .where('id', '=', memberId)
        .executeTakeFirst();
      if (!row?.user_id) return null;
      await db.updateTable('members').set({ user_id: null }).where('id', '=', memberId).execute();
      return row.user_id;
    },

    async listInvitationsOfCase(caseId) {
      const rows = await db
        .selectFrom('invitations')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('created_at')
        .execute();
      return rows.map(toInvitation);
    },

    async revokeInvitations(memberId) {
      const result = await db
        .deleteFrom('invitations')
        .where('member_id', '=', memberId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async listProfessionalsOf(organisation) {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('kind', '=', 'professional')
        .where('organisation', '=', organisation)
        .where('disabled', '=', 0)
        .orderBy('display_name')
        .execute();
      return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
    },
  };
};
