import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/setup/test-db';
import { loadConfig } from '../config';
import { openStorage } from '../storage/open-storage';
import type { Storage, UserKind, UserRecord } from '../storage/storage';
import { hashToken, publicSessionId, resumeSession, startSession } from './sessions';

let db: TestDatabase;
let storage: Storage;
const policy = loadConfig({}).sessions;
const start = new Date('2025-03-01T08:00:00.000Z');
const later = (ms: number) => new Date(start.getTime() + ms);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function newUser(kind: UserKind, disabled = false): Promise<UserRecord> {
  const user = {
    id: randomUUID(),
    username: randomUUID(),
    kind,
    displayName: 'x',
    passwordHash: 'x',
    disabled,
    organisation: null,
  };
  await storage.createUser(user);
  return user;
}

beforeAll(async () => {
  db = await createTestDatabase();
  storage = await openStorage(db.target);
});
afterAll(async () => {
  await storage?.close();
  await db?.drop();
});

describe('sessions', () => {
  it('store only a hash of the token the cookie carries', async () => {
    const { token } = await startSession(storage, await newUser('family'), policy, start);
    expect(await storage.findSession(token)).toBeUndefined();
    expect(await storage.findSession(hashToken(token))).toBeDefined();
  });

  it('a family session survives 13 idle days but not 15', async () => {
    const user = await newUser('family');
    const { token } = await startSession(storage, user, policy, start);
    expect(await resumeSession(storage, token, policy, later(13 * DAY))).toEqual(user);
    expect(await resumeSession(storage, token, policy, later(13 * DAY + 14 * DAY + MINUTE))).toBeUndefined();
    expect(await storage.findSession(hashToken(token))).toBeUndefined();
  });

  it('a family session in daily use still ends after 90 days', async () => {
    const { token, maxAgeSeconds } = await startSession(storage, await newUser('family'), policy, start);
    expect(maxAgeSeconds).toBe(90 * 24 * 60 * 60);
    for (let day = 10; day < 90; day += 10) {
      expect(await resumeSession(storage, token, policy, later(day * DAY))).toBeDefined();
    }
    expect(await resumeSession(storage, token, policy, later(90 * DAY))).toBeUndefined();
  });

  it('a professional session ends after an idle hour', async () => {
    const { token } = await startSession(storage, await newUser('professional'), policy, start);
    expect(await resumeSession(storage, token, policy, later(59 * MINUTE))).toBeDefined();
    expect(await resumeSession(storage, token, policy, later(59 * MINUTE + 61 * MINUTE))).toBeUndefined();
  });

  it('a professional session in constant use still ends after 12 hours', async () => {
    const { token } = await startSession(storage, await newUser('professional'), policy, start);
    for (let minute = 30; minute < 12 * 60; minute += 30) {
      expect(await resumeSession(storage, token, policy, later(minute * MINUTE))).toBeDefined();
    }
    expect(await resumeSession(storage, token, policy, later(12 * 60 * MINUTE))).toBeUndefined();
  });

  it('the public id of a session reveals neither the token nor its stored hash', async () => {
    const { token, idHash } = await startSession(storage, await newUser('family'), policy, start);
    const id = publicSessionId(idHash);
    expect(id).toMatch(/^[\w-]{22}$/);
    expect(token).not.toContain(id);
    expect(idHash).not.toContain(id);
  });

  it('a disabled account’s session no longer works', async () => {
    const { token } = await startSession(storage, await newUser('family', true), policy, start);
    expect(await resumeSession(storage, token, policy, later(MINUTE))).toBeUndefined();
  });

  it('an unknown token finds no one', async () => {
    expect(await resumeSession(storage, 'made-up-token', policy, start)).toBeUndefined();
  });
});
