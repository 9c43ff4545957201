import type { Case } from '../../shared/domain';
import { db } from '../db/gezien-db';

/** Every case on this device: a professional's pull brings each case they work on. */
export async function listCases(): Promise<Case[]> {
  const cases = await db.case.toArray();
  return cases.sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

export async function getCase(id: string): Promise<Case | null> {
  return (await db.case.get(id)) ?? null;
}
