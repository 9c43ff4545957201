// The family's own words and where they are: still on this device ("nog niet verstuurd"), accepted
// by the server ("verstuurd"), or refused with a code ("niet geaccepteerd, omdat …"). A refused
// write is no longer a row (the server's truth won); its words come from the `rejected` table.
import type { Perspective, Reply } from '../../shared/domain';
import type { MutationArgs } from '../../shared/sync/mutations';
import { db } from '../db/gezien-db';
import { getMeta } from './meta-repo';

export type PerspectiveState = 'pending' | 'sent';

export interface MyPerspective {
  perspective: Perspective;
  state: PerspectiveState;
  replies: Reply[];
}

export interface RejectedPerspective {
  mutationId: number;
  code: string;
  args: MutationArgs<'perspective.add'>;
  writtenAt: string;
}

export interface MyPerspectives {
  items: MyPerspective[];
  rejected: RejectedPerspective[];
}

/** Everything this member wrote in the case, newest first, with its state and the replies. */
export async function listMyPerspectives(caseId: string, memberId: string): Promise<MyPerspectives> {
  const acknowledged = (await getMeta('lastMutationId')) ?? 0;
  const rows = await db.perspective.where('caseId').equals(caseId).toArray();
  // What I said about the case as a whole: what I said on an item is in Mijn reacties, the Three
  // Houses are on their own page.
  const mine = rows.filter(
    (p) => p.authorMemberId === memberId && p.subject.type === 'case' && p.stance !== 'three-houses',
  );
  const unsent = await db.outbox.where('mutationId').above(acknowledged).toArray();
  const pendingIds = new Set(unsent.map((entry) => (entry.args as { id?: string }).id));
  const replies = await db.reply.where('caseId').equals(caseId).toArray();
  const items = mine
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((perspective) => ({
      perspective,
      state: (pendingIds.has(perspective.id) ? 'pending' : 'sent') as PerspectiveState,
      replies: replies
        .filter((reply) => reply.perspectiveId === perspective.id)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    }));
  const refused = await db.rejected.where('caseId').equals(caseId).toArray();
  const rejected = refused
    .filter(
      (entry) =>
        entry.name === 'perspective.add' &&
        (entry.args as MutationArgs<'perspective.add'>).stance === 'story',
    )
    .map((entry) => ({
      mutationId: entry.mutationId,
      code: entry.code,
      args: entry.args as MutationArgs<'perspective.add'>,
      writtenAt: entry.createdAt,
    }))
    .sort((a, b) => b.writtenAt.localeCompare(a.writtenAt));
  return { items, rejected };
}

export async function getPerspective(id: string): Promise<Perspective | null> {
  return (await db.perspective.get(id)) ?? null;
}
