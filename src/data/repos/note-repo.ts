// Notes that stay on this device: written straight to their own table, never through mutate(), so
// they never reach the outbox or the server. A later issue may let the author share one.
import { db, type DeviceNote } from '../db/gezien-db';

export async function getEventNote(eventId: string): Promise<DeviceNote | null> {
  return (await db.deviceNote.get(eventId)) ?? null;
}

/** Saves (or, when empty, removes) my note for an event. */
export async function saveEventNote(caseId: string, eventId: string, text: string): Promise<void> {
  if (text.trim() === '') {
    await db.deviceNote.delete(eventId);
    return;
  }
  await db.deviceNote.put({
    id: eventId,
    caseId,
    subjectType: 'event',
    text,
    updatedAt: new Date().toISOString(),
  });
}
