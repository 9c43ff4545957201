import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { seedFamily } from '../../../src/server/demo/seed-family';
import type { Storage, UserRecord } from '../../../src/server/storage/storage';
import { pull } from '../../../src/server/sync/pull';
import { push } from '../../../src/server/sync/push';
import type { Perspective } from '../../../src/shared/domain';
import type { PullResponse } from '../../../src/shared/sync/protocol';
import { buildTestFamily } from '../../factories/test-family';
import { createTestDatabase, type TestDatabase } from '../../setup/test-db';
import { openCountingStorage } from './counting-storage';

// Issue 14: the rows the server reads for one mutation and for an empty pull do not grow with the
// case, nor with the other cases in the database. Counted, not timed.
const today = '2025-03-01';
const clock = { now: () => '2025-03-01T10:00:00.000Z', today: () => today };
const cursorKey = Buffer.alloc(32, 7);
const databases: TestDatabase[] = [];
const closers: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const close of closers) await close();
  for (const db of databases) await db.drop();
});

function perspectiveOf(caseId: string, authorMemberId: string, n: number): Perspective {
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
async function world(caseRows: number, otherCases: number) {
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

async function pullAll(storage: Storage, user: UserRecord, clientId: string): Promise<string> {
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

/** Rows read by: an empty pull, a family member's perspective.add, a professional's reply.add. */
async function measure(caseRows: number, otherCases: number) {
  const w = await world(caseRows, otherCases);
  const naimaClient = `cost-${randomUUID()}`;
  const proClient = `cost-${randomUUID()}`;
  const cursor = await pullAll(w.storage, w.naima, naimaClient);
  w.reset();
  const empty = await pull(
    w.storage,
    w.naima,
    { protocolVersion: 1, clientId: naimaClient, cursor },
    cursorKey,
    today,
  );
  const emptyPull = w.rows();
  expect('changes' in empty && empty.changes).toEqual([]);

  const add = { id: 1, name: 'perspective.add', args: perspectiveArgsFor(w.family.case.id) };
  w.reset();
  await push(
    w.storage,
    w.naima,
    { protocolVersion: 1, clientId: naimaClient, mutations: [add] },
    clock,
    'test',
  );
  const mutation = w.rows();

  const reply = {
    id: 1,
    name: 'reply.add',
    args: { id: randomUUID(), perspectiveId: add.args.id, text: 'Dank je' },
  };
  w.reset();
  await push(
    w.storage,
    w.pro,
    { protocolVersion: 1, clientId: proClient, mutations: [reply] },
    clock,
    'test',
  );
  const replyRows = w.rows();
  return { emptyPull, mutation, reply: replyRows };
}

const perspectiveArgsFor = (caseId: string) => ({
  id: randomUUID(),
  caseId,
  subject: { type: 'case', id: caseId },
  stance: 'story',
  text: 'Nieuw verhaal',
  audience: 'everyone',
});

describe(`rows read per sync request on ${process.env.GEZIEN_TEST_DB ?? 'sqlite'}`, () => {
  it('one mutation and an empty pull read as many rows for a case of 100 rows as of 10,000, with or without 1,000 other cases', async () => {
    const small = await measure(100, 0);
    const large = await measure(10_000, 0);
    const crowded = await measure(10_000, 1_000);
    console.info('rows read (case of 100 / 10,000 / 10,000 + 1,000 cases):', small, large, crowded);
    expect(small.emptyPull).toBeLessThan(10);
    expect(small.mutation).toBeLessThan(40);
    expect(large).toEqual(small);
    expect(crowded).toEqual(small);
  }, 600_000);
});
