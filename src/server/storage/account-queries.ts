import type { Kysely } from 'kysely';
import type { Database } from './database-schema';
import type { Storage, UserKind, UserRecord } from './storage';

export type AccountQueries = Pick<
  Storage,
  | 'ensureSecret'
  | 'countUsers'
  | 'createUser'
  | 'findUserById'
  | 'findUserByUsername'
  | 'createSession'
  | 'findSession'
  | 'touchSession'
  | 'deleteSession'
>;

const toUser = (row: Omit<Database['users'], 'failed_logins'>): UserRecord => ({
  id: row.id,
  username: row.username,
  kind: row.kind as UserKind,
  displayName: row.display_name,
  passwordHash: row.password_hash,
  disabled: row.disabled === 1,
  organisation: row.organisation,
});

/** Users, sessions and server secrets. */
export const accountQueries = (db: Kysely<Database>): AccountQueries => ({
  async ensureSecret(name, create) {
    await db
      .insertInto('server_secrets')
      .values({ name, value: create() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const row = await db
      .selectFrom('server_secrets')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return row.value;
  },

  async countUsers() {
    const row = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async createUser(user) {
    await db
      .insertInto('users')
      .values({
        id: user.id,
        username: user.username.toLowerCase(),
        kind: user.kind,
        display_name: user.displayName,
        password_hash: user.passwordHash,
        disabled: user.disabled ? 1 : 0,
        organisation: user.organisation,
      })
      .execute();
  },

  async findUserById(id) {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  },

  async findUserByUsername(username) {
    const row = await db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username.toLowerCase())
      .executeTakeFirst();
    return row && toUser(row);
  },

  async createSession(s) {
    await db
      .insertInto('sessions')
      .values({
        id_hash: s.idHash,
        user_id: s.userId,
        created_at: s.createdAt,
        last_seen_at: s.lastSeenAt,
        expires_at: s.expiresAt,
      })
      .execute();
  },

  async findSession(idHash) {
    const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
    if (!row) return undefined;
    const { user_id, created_at, last_seen_at, expires_at } = row;
    return {
      idHash,
      userId: user_id,
      createdAt: created_at,
      lastSeenAt: last_seen_at,
      expiresAt: expires_at,
    };
  },

  async touchSession(idHash, lastSeenAt) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: lastSeenAt })
      .where('id_hash', '=', idHash)
      .execute();
  },

  async deleteSession(idHash) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  },
});
