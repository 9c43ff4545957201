import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestFamily } from '../../../tests/factories/test-family';
import { createTestDatabase, type TestDatabase } from '../../../tests/setup/test-db';
import { seedFamily } from '../demo/seed-family';
import type { CaseChange } from './case-change-feed';
import { openStorage } from './open-storage';
import type { Storage } from './storage';

// The sync engine's storage, one behaviour on SQLite and (pg project) PostgreSQL.
let db: TestDatabase;
let storage: Storage;
const family = buildTestFamily();
const [naima, daan] = family.members;
const caseId = family.case.id;

beforeAll(async () => {
  db = await createTestDatabase();
  storage = await openStorage(db.target);
  await seedFamily(storage, family, 'scrypt$test');
});

afterAll(async () => {
  await storage?.close();
  await db?.drop();
});

describe(`sync storage on ${process.env.GEZIEN_TEST_DB ?? 'sqlite'}`, () => {
  it('a new client starts at mutation 0 and stays bound to its first user', async () => {
    const clientId = `client-${randomUUID()}`;
    const first = await storage.transaction((tx) => tx.lockClient(clientId, family.users[0]!.id));
    expect(first).toEqual({ clientId, userId: family.users[0]!.id, lastMutationId: 0 });
    const second = await storage.transaction((tx) => tx.lockClient(clientId, family.users[1]!.id));
    expect(second.userId).toBe(family.users[0]!.id);
  });

  it('finds a row by id with its case, and a deleted row stays findable but leaves the snapshot', async () => {
    const statement = family.statements[0]!;
    expect(await storage.findRow('statement', statement.id)).toMatchObject({ caseId, deleted: false });
    await storage.transaction(async (tx) => {
      expect(await tx.lockCase(caseId)).toBe(true);
      await tx.deleteEntity('statement', statement.id, await tx.bumpCaseVersion(caseId));
    });
    expect(await storage.findRow('statement', statement.id)).toMatchObject({ caseId, deleted: true });
    const snapshot = await storage.loadCaseSnapshot(caseId);
    expect(snapshot?.rows.statement.map((row) => row.id)).not.toContain(statement.id);
    expect(await storage.findRow('statement', randomUUID())).toBeUndefined();
  });

  it('an unknown case cannot be locked', async () => {
    expect(await storage.transaction((tx) => tx.lockCase(randomUUID()))).toBe(false);
  });

  it('gives a member their own visibility changes after a version, up to the case version, once each', async () => {
    const version = await storage.transaction(async (tx) => {
      await tx.lockCase(caseId);
      const v = await tx.bumpCaseVersion(caseId);
      const change = { caseId, version: v, entity: 'decision' as const, rowId: family.decisions[0]!.id };
      await tx.addVisibilityChanges([
        { ...change, memberId: daan!.id },
        { ...change, memberId: daan!.id },
        { ...change, memberId: naima!.id, rowId: randomUUID() },
      ]);
      return v;
    });
    const since = await storage.loadCaseSince(caseId, daan!.id, version - 1);
    expect(since?.snapshot.version).toBe(version);
    expect(since?.touched).toEqual([{ entity: 'decision', rowId: family.decisions[0]!.id }]);
    expect((await storage.loadCaseSince(caseId, daan!.id, version))?.touched).toEqual([]);
    expect(await storage.loadCaseSince(randomUUID(), daan!.id, 0)).toBeUndefined();
  });

  it('a case change notified is heard by a listener of the same database', async () => {
    const heard: CaseChange[] = [];
    const stop = await storage.listenCaseChanges((change) => heard.push(change));
    await storage.notifyCaseChanged({ caseId, memberIds: [naima!.id] });
    const until = Date.now() + 5_000;
    while (heard.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(heard).toEqual([{ caseId, memberIds: [naima!.id] }]);
  });
});
