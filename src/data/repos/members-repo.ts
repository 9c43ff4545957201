import type { Member } from '../../shared/domain';
import { db } from '../db/gezien-db';

export async function getMember(id: string): Promise<Member | null> {
  return (await db.member.get(id)) ?? null;
}

export async function listMembers(caseId: string): Promise<Member[]> {
  return db.member.where('caseId').equals(caseId).toArray();
}
