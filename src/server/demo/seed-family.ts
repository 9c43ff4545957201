import * as z from 'zod/mini';
import { entitySchemas, type EntityName, type EntityValue } from '../../shared/sync/protocol';
import type { Storage } from '../storage/storage';
import type { DemoFamily } from './demo-family-types';

/**
 * Writes a whole family (case, logins, members linked to logins, every row) in one transaction at
 * one case version. All logins share `passwordHash`: hashing once keeps start-up fast. Every row is
 * checked against its shared schema first, as any other write would be.
 */
export async function seedFamily(storage: Storage, family: DemoFamily, passwordHash: string): Promise<void> {
  for (const [entity, values] of rowsOf(family)) values.forEach((value) => assertValid(entity, value));
  await storage.transaction(async (tx) => {
    for (const user of family.users) {
      const { id, username, kind, displayName } = user;
      const organisation = user.organisation ?? null;
      await tx.createUser({ id, username, kind, displayName, passwordHash, disabled: false, organisation });
    }
    await tx.createCase(family.case);
    const version = await tx.bumpCaseVersion(family.case.id);
    for (const value of family.members) await tx.putEntity('member', value, version);
    for (const value of family.involvements) await tx.putEntity('involvement', value, version);
    for (const value of family.decisions) await tx.putEntity('decision', value, version);
    for (const value of family.statements) await tx.putEntity('statement', value, version);
    for (const value of family.events) await tx.putEntity('event', value, version);
    for (const value of family.perspectives) await tx.putEntity('perspective', value, version);
    for (const value of family.replies) await tx.putEntity('reply', value, version);
    for (const user of family.users) await tx.assignMember(user.memberId, user.id);
  });
}

const rowsOf = (family: DemoFamily): [EntityName, EntityValue<EntityName>[]][] => [
  ['case', [family.case]],
  ['member', family.members],
  ['involvement', family.involvements],
  ['decision', family.decisions],
  ['statement', family.statements],
  ['event', family.events],
  ['perspective', family.perspectives],
  ['reply', family.replies],
];

function assertValid(entity: EntityName, value: EntityValue<EntityName>): void {
  const result = z.safeParse(entitySchemas[entity], value);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`seed: ${entity} ${value.id} is invalid (${fields})`);
  }
}
