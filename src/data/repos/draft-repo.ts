// Drafts: words typed but not sent, on this device only (never through mutate(), never synced).
import { db, type Draft } from '../db/gezien-db';

export type DraftValue = Omit<Draft, 'key' | 'caseId' | 'updatedAt'>;

export async function getDraft(key: string): Promise<Draft | null> {
  return (await db.draft.get(key)) ?? null;
}

/** Keeps the draft; a draft with nothing typed in it is removed instead. */
export async function saveDraft(key: string, caseId: string, value: DraftValue): Promise<void> {
  const houses = value.houses ? Object.values(value.houses).join('') : '';
  if (value.text.trim() === '' && houses.trim() === '') return deleteDraft(key);
  await db.draft.put({ ...value, key, caseId, updatedAt: new Date().toISOString() });
}

export async function deleteDraft(key: string): Promise<void> {
  await db.draft.delete(key);
}
