import { randomUUID } from 'node:crypto';
import { seedFamily } from '../../../src/server/demo/seed-family';
import type { Storage, UserRecord } from '../../../src/server/storage/storage';
import { pull } from '../../../src/server/sync/pull';
import type { Perspective } from '../../../src/shared/domain';
import type { PullResponse } from '../../../src/shared/sync/protocol';
import { buildTestFamily } from '../../factories/test-family';
import { createTestDatabase, type TestDatabase } from '../../setup/test-db';
import { openCountingStorage } from './counting-storage';

/** A family case grown to any size beside many other cases, on counted storage (decision 010). */
export const today = '2025-03-01';
export const clock = { now: () => '2025-03-01T10:00:00.000Z', today: () => today };
export const cursorKey = Buffer.alloc(32, 7);
const databases: TestDatabase[] = [];
const closers: (() => Promise<void>)[] = [];

/** Closes and drops every world made so far (call in afterAll). */
export async function dropWorlds(): Promise<void> {
  for (const close of closers.splice(0)) await close();
  for (const db of databases.splice(0)) await db.drop();
}

export function perspectiveOf(caseId: string, authorMemberId: string, n: number): Perspective {
  return {
    id: randomUUID(),
    caseId,
    authorMemberId,
    subject: { type: 'case', id: caseId },
    stance: 'story',
    text: `Verhaal ${n}`,
    houses: null,
    audience: 'everyone',
    correctionStatus: null,
    correctionReason: null,
    readBy: [],
    withdrawn: false,
    createdAt: clock.now(),
    updatedAt: clock.now(),
  };
}

/** A family case grown to `caseRows` rows, beside `otherCases` cases of five rows each. */
export async function world(caseRows: number, otherCases: number) {
  const db = await createTestDatabase();
  databases.push(db);
  const counted = await openCountingStorage(db);
  closers.push(() => counted.storage.close());
  const { storage } = counted;
  const family = buildTestFamily();
  await seedFamily(storage, family, 'scrypt$test');
  const [naima] = family.members;
  const seeded = 4 + 1 + 1 + 1 + 2 + 1;
  await storage.transaction(async (tx) => {
    const version = await tx.bumpCaseVersion(family.case.id);
    for (let n = seeded; n < caseRows; n++) {
      await tx.putEntity('perspective', perspectiveOf(family.case.id, naima!.id, n), version);
    }
    for (let c = 0; c < otherCases; c++) {
      const caseId = randomUUID();
      await tx.createCase({ id: caseId, title: `Ander dossier ${c}`, createdAt: clock.now() });
      const member = { ...family.members[0]!, id: randomUUID(), caseId };
      await tx.putEntity('member', member, 1);
      for (let n = 0; n < 4; n++) await tx.putEntity('perspective', perspectiveOf(caseId, member.id, n), 1);
    }
  });
  const user = (name: string) => storage.findUserByUsername(name) as Promise<UserRecord>;
  return { ...counted, family, naima: await user('naima'), pro: await user('jeugdbeschermer') };
}

export async function pullAll(storage: Storage, user: UserRecord, clientId: string): Promise<string> {
  let cursor: string | null = null;
  for (;;) {
    const answer: PullResponse = await pull(
      storage,
      user,
      { protocolVersion: 1, clientId, cursor },
      cursorKey,
      today,
    );
    if ('reset' in answer) throw new Error('unexpected reset');
    cursor = answer.cursor;
    if (!answer.more) return cursor;
  }
}
