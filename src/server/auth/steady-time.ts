import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Answers no sooner than `ms` after the start (SECURITY.md B3). A wrong code on a real invitation
 * writes its count to the database; a made-up link writes nothing. Without a floor, that write
 * would tell the two apart by timing; with it, both answer at the floor.
 */
export async function steadyTime<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const [result] = await Promise.allSettled([work(), sleep(ms)]);
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}
