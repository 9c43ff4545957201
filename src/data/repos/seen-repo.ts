// "Nieuw sinds je laatste bezoek": decisions, reasons and events carry no change time, so the device
// remembers which ids it has shown on Mijn overzicht. Logout wipes this with everything else.
import type { Reply } from '../../shared/domain';
import { db } from '../db/gezien-db';
import { getMeta, setMeta } from './meta-repo';

/** Null before the first visit on this device: then nothing counts as new. */
export async function getSeenIds(): Promise<ReadonlySet<string> | null> {
  const ids = await getMeta('seenIds');
  return ids ? new Set(ids) : null;
}

export async function markSeen(ids: Iterable<string>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const seen = new Set((await getMeta('seenIds')) ?? []);
    for (const id of ids) seen.add(id);
    await setMeta('seenIds', [...seen]);
  });
}

/** Answers to what this member wrote, by someone else, newest first. */
export async function listRepliesToMember(caseId: string, memberId: string): Promise<Reply[]> {
  const mine = await db.perspective.where('caseId').equals(caseId).toArray();
  const myPerspectives = new Set(mine.filter((p) => p.authorMemberId === memberId).map((p) => p.id));
  const replies = await db.reply.where('caseId').equals(caseId).toArray();
  return replies
    .filter((reply) => myPerspectives.has(reply.perspectiveId) && reply.authorMemberId !== memberId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
