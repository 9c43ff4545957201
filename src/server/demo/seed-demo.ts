import { hashPassword } from '../auth/password';
import type { Storage } from '../storage/storage';
import { buildDemoFamily } from './demo-family';
import { seedFamily } from './seed-family';
import { todayInNetherlands } from '../today';

export const demoUsernames = ['naima', 'daan', 'sam', 'jeugdbeschermer'] as const;

/**
 * Seeds the demo family when the database has no users yet; returns whether it did. When two
 * processes start together on one database, the loser's transaction fails on the unique username
 * and it simply finds the demo already there.
 */
export async function seedDemoIfEmpty(storage: Storage, password: string, today = todayInNetherlands()) {
  if ((await storage.countUsers()) > 0) return false;
  const family = buildDemoFamily(today);
  try {
    await seedFamily(storage, family, await hashPassword(password));
    return true;
  } catch (error) {
    if ((await storage.countUsers()) > 0) return false;
    throw error;
  }
}
