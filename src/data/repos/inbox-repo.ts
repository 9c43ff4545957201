import { db } from '../db/gezien-db';

/**
 * For the console's inbox (issue 11): everything on this device that the family's words can be
 * about, across the professional's cases. A professional's device holds only their own cases.
 */
export async function loadInboxRows() {
  const [cases, members, perspectives, replies, decisions, statements, events, involvements] =
    await Promise.all([
      db.case.toArray(),
      db.member.toArray(),
      db.perspective.toArray(),
      db.reply.toArray(),
      db.decision.toArray(),
      db.statement.toArray(),
      db.event.toArray(),
      db.involvement.toArray(),
    ]);
  return { cases, members, perspectives, replies, decisions, statements, events, involvements };
}
export type InboxRows = Awaited<ReturnType<typeof loadInboxRows>>;

/** One of the family's contributions, e.g. the correction request a change of a reason answers. */
export async function getContribution(id: string) {
  return (await db.perspective.get(id)) ?? null;
}
