import type { CaseEvent } from '../../shared/domain';
import { db } from '../db/gezien-db';

/** Every event of the case this reader may see (the server left out hidden ones), earliest first. */
export async function listEvents(caseId: string): Promise<CaseEvent[]> {
  const events = await db.event.where('caseId').equals(caseId).toArray();
  return events.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export async function getEvent(id: string): Promise<CaseEvent | null> {
  return (await db.event.get(id)) ?? null;
}

/** Events that start at or after `from` (an instant), earliest first. */
export async function listUpcomingEvents(caseId: string, from: string): Promise<CaseEvent[]> {
  return (await listEvents(caseId)).filter((event) => (event.endsAt ?? event.startsAt) >= from);
}
