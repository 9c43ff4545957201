import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/setup/test-db';
import { loadConfig } from '../config';
import { seedDemoIfEmpty } from '../demo/seed-demo';
import { openStorage } from '../storage/open-storage';
import type { Storage } from '../storage/storage';
import { AdminError, createProfessional, disableLogin, endSessionsOf } from './admin-commands';
import { resumeSession, startSession } from './sessions';
import { verifyPassword } from './password';

let db: TestDatabase;
let storage: Storage;
const policy = loadConfig({}).sessions;

beforeAll(async () => {
  db = await createTestDatabase();
  storage = await openStorage(db.target);
  await seedDemoIfEmpty(storage, 'gezien-demo', '2025-03-01');
});
afterAll(async () => {
  await storage?.close();
  await db?.drop();
});

describe('admin commands', () => {
  it('create a professional whose e-mail is the username and whose password works', async () => {
    const message = await createProfessional(storage, {
      email: 'Petra@Jeugdbescherming.example',
      name: 'Petra de Vries',
      organisation: 'Jeugdbescherming Utrecht',
      password: 'een goede lange zin',
    });
    expect(message).not.toContain('een goede lange zin');
    const user = await storage.findUserByUsername('petra@jeugdbescherming.example');
    expect(user).toMatchObject({
      kind: 'professional',
      displayName: 'Petra de Vries',
      organisation: 'Jeugdbescherming Utrecht',
      disabled: false,
    });
    expect(await verifyPassword('een goede lange zin', user!.passwordHash)).toBe(true);
  });

  it('refuse a common password for a professional', async () => {
    await expect(
      createProfessional(storage, {
        email: 'a@b.example',
        name: 'A',
        organisation: 'GI',
        password: 'wachtwoord1',
      }),
    ).rejects.toThrow(AdminError);
  });

  it('refuse a professional without an organisation, which the access log names', async () => {
    await expect(
      createProfessional(storage, {
        email: 'c@d.example',
        name: 'C',
        organisation: ' ',
        password: 'een goede lange zin',
      }),
    ).rejects.toThrow('--organisation');
  });

  it('disabling a login ends every session it has', async () => {
    const user = (await storage.findUserByUsername('daan'))!;
    const { token } = await startSession(storage, user, policy);
    await disableLogin(storage, 'daan');
    expect(await storage.listSessionsForUser(user.id)).toEqual([]);
    expect(await resumeSession(storage, token, policy)).toBeUndefined();
    await disableLogin(storage, 'daan', false);
    expect((await storage.findUserByUsername('daan'))!.disabled).toBe(false);
  });

  it('ending someone’s sessions logs them out everywhere', async () => {
    const user = (await storage.findUserByUsername('sam'))!;
    const one = await startSession(storage, user, policy);
    const two = await startSession(storage, user, policy);
    expect(await endSessionsOf(storage, 'sam')).toBe('ended 2 session(s) of sam');
    expect(await resumeSession(storage, one.token, policy)).toBeUndefined();
    expect(await resumeSession(storage, two.token, policy)).toBeUndefined();
  });
});
