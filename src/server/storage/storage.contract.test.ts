import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestFamily } from '../../../tests/factories/test-family';
import { createTestDatabase, type TestDatabase } from '../../../tests/setup/test-db';
import { seedFamily } from '../demo/seed-family';
import { openStorage } from './open-storage';
import type { Storage } from './storage';

// One behaviour for every adapter: SQLite by default, PostgreSQL under the `pg` project.
let db: TestDatabase;
let storage: Storage;
const family = buildTestFamily();
const [naima] = family.users;
const now = '2025-03-01T10:00:00.000Z';

beforeAll(async () => {
  db = await createTestDatabase();
  storage = await openStorage(db.target);
  await seedFamily(storage, family, 'scrypt$test');
});

afterAll(async () => {
  await storage?.close();
  await db?.drop();
});

describe(`storage on ${process.env.GEZIEN_TEST_DB ?? 'sqlite'}`, () => {
  it('names the database it runs on', () => {
    expect(storage.dialect).toBe(db.kind);
  });

  it('can migrate again without changing anything', async () => {
    await storage.migrate();
    expect(await storage.countUsers()).toBe(4);
  });

  it('finds a user by username whatever its case, and by id', async () => {
    const found = await storage.findUserByUsername('NAIMA');
    expect(found).toMatchObject({
      id: naima!.id,
      kind: 'family',
      passwordHash: 'scrypt$test',
      disabled: false,
    });
    expect(await storage.findUserById(naima!.id)).toEqual(found);
    expect(await storage.findUserByUsername('nobody')).toBeUndefined();
  });

  it('refuses a second user with the same username', async () => {
    const copy = { id: randomUUID(), username: 'Naima', kind: 'family' as const, displayName: 'x' };
    await expect(
      storage.createUser({ ...copy, passwordHash: 'x', disabled: false, organisation: null }),
    ).rejects.toThrow();
  });

  it('keeps the first secret it was given', async () => {
    const first = await storage.ensureSecret('test-key', () => 'one');
    expect(first).toBe('one');
    expect(await storage.ensureSecret('test-key', () => 'two')).toBe('one');
  });

  it('stores, touches and deletes sessions', async () => {
    const session = {
      idHash: randomUUID(),
      userId: naima!.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now,
    };
    await storage.createSession(session);
    await storage.touchSession(session.idHash, '2025-03-02T10:00:00.000Z');
    expect(await storage.findSession(session.idHash)).toEqual({
      ...session,
      lastSeenAt: '2025-03-02T10:00:00.000Z',
    });
    await storage.deleteSession(session.idHash);
    expect(await storage.findSession(session.idHash)).toBeUndefined();
  });

  it('lists the cases a user is a member of', async () => {
    const memberships = await storage.listMembershipsForUser(naima!.id);
    expect(memberships).toEqual([{ caseId: family.case.id, memberId: naima!.memberId }]);
    expect(await storage.findMember(naima!.memberId)).toEqual(family.members[0]);
  });

  it('returns every seeded row unchanged in the case snapshot', async () => {
    const snapshot = await storage.loadCaseSnapshot(family.case.id);
    expect(snapshot?.version).toBe(2);
    expect(snapshot?.case.value).toEqual(family.case);
    const values = (rows: { value: unknown }[]) => rows.map((row) => row.value);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(values(snapshot!.rows.member)).toEqual([...family.members].sort(byId));
    expect(values(snapshot!.rows.perspective)).toEqual([...family.perspectives].sort(byId));
    expect(snapshot!.rows.reply.map((row) => row.version)).toEqual([2]);
  });

  it('stamps a rewritten row with the bumped case version', async () => {
    const decision = { ...family.decisions[0]!, title: 'OTS, extended' };
    const version = await storage.transaction(async (tx) => {
      const next = await tx.bumpCaseVersion(family.case.id);
      await tx.putEntity('decision', decision, next);
      return next;
    });
    const snapshot = await storage.loadCaseSnapshot(family.case.id);
    expect(snapshot?.version).toBe(version);
    expect(snapshot?.rows.decision).toEqual([{ id: decision.id, version, value: decision }]);
  });

  it('never moves a row to another case', async () => {
    const other = { id: randomUUID(), title: 'Other', createdAt: now };
    await storage.createCase(other);
    const moved = { ...family.decisions[0]!, caseId: other.id };
    await expect(storage.putEntity('decision', moved, 9)).rejects.toThrow();
    expect((await storage.loadCaseSnapshot(other.id))?.rows.decision).toEqual([]);
  });

  it('rolls back every write of a failed transaction', async () => {
    const before = await storage.loadCaseSnapshot(family.case.id);
    const failing = storage.transaction(async (tx) => {
      const next = await tx.bumpCaseVersion(family.case.id);
      await tx.putEntity('statement', { ...family.statements[0]!, text: 'changed' }, next);
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await storage.loadCaseSnapshot(family.case.id)).toEqual(before);
  });

  it('finds no snapshot for an unknown case', async () => {
    expect(await storage.loadCaseSnapshot(randomUUID())).toBeUndefined();
  });

  it('keeps a client’s last mutation id and its rejections in order', async () => {
    const client = { clientId: 'client-abc', userId: naima!.id, lastMutationId: 3 };
    await storage.saveClient(client);
    await storage.saveClient({ ...client, lastMutationId: 5 });
    await storage.addRejection('client-abc', { mutationId: 5, code: 'forbidden' });
    await storage.addRejection('client-abc', { mutationId: 4, code: 'bad-request' });
    expect(await storage.findClient('client-abc')).toEqual({ ...client, lastMutationId: 5 });
    expect(await storage.listRejections('client-abc')).toEqual([
      { mutationId: 4, code: 'bad-request' },
      { mutationId: 5, code: 'forbidden' },
    ]);
  });
});
