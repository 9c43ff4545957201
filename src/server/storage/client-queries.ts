import type { Kysely } from 'kysely';
import type { Database } from './database-schema';
import type { RowRefsTables } from './case-read-queries';
import type { Storage } from './storage';

export type ClientQueries = Pick<
  Storage,
  'findClient' | 'saveClient' | 'addRejection' | 'listRejections' | 'findMutationHash' | 'saveMutationHash'
>;

/** Per-client sync state: the last mutation applied and the mutations that were rejected. */
export const clientQueries = (database: Kysely<Database>): ClientQueries => {
  const db = database as unknown as Kysely<Database & RowRefsTables>;
  return {
    async findClient(clientId) {
      const row = await db
        .selectFrom('clients')
        .selectAll()
        .where('client_id', '=', clientId)
        .executeTakeFirst();
      return row && { clientId, userId: row.user_id, lastMutationId: row.last_mutation_id };
    },

    async saveClient(c) {
      await db
        .insertInto('clients')
        .values({ client_id: c.clientId, user_id: c.userId, last_mutation_id: c.lastMutationId })
        .onConflict((oc) => oc.column('client_id').doUpdateSet({ last_mutation_id: c.lastMutationId }))
        .execute();
    },

    async addRejection(clientId, r) {
      await db
        .insertInto('rejections')
        .values({ client_id: clientId, mutation_id: r.mutationId, code: r.code })
        .execute();
    },

    listRejections(clientId) {
      return db
        .selectFrom('rejections')
        .select(['mutation_id as mutationId', 'code'])
        .where('client_id', '=', clientId)
        .orderBy('mutation_id')
        .execute();
    },

    async findMutationHash(clientId, mutationId) {
      const row = await db
        .selectFrom('mutation_hashes')
        .select('body_hash')
        .where('client_id', '=', clientId)
        .where('mutation_id', '=', mutationId)
        .executeTakeFirst();
      return row?.body_hash;
    },

    async saveMutationHash(clientId, mutationId, hash, keepFrom) {
      await db
        .insertInto('mutation_hashes')
        .values({ client_id: clientId, mutation_id: mutationId, body_hash: hash })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await db
        .deleteFrom('mutation_hashes')
        .where('client_id', '=', clientId)
        .where('mutation_id', '<', keepFrom)
        .execute();
    },
  };
};
