// The family's voice on one item (a decision, reason, person or event) and in "Mijn reacties": the
// contributions this device may show, whether each of mine is still waiting on this device, the
// replies, and my writes the server refused (kept with their words until fixed or thrown away).
import type { Member, Perspective, Reply, Subject } from '../../shared/domain';
import type { FindRow, ReaderContext, SubjectEntity } from '../../shared/sync/perspective-readers';
import type { EntityValue } from '../../shared/sync/protocol';
import { db, type RejectedMutation } from '../db/gezien-db';
import { getMeta } from './meta-repo';

export interface VoiceItem {
  perspective: Perspective;
  pending: boolean;
  replies: Reply[];
}

export interface Voice {
  items: VoiceItem[];
  /** My refused perspective writes (add and edit) about these items, newest first. */
  refused: RejectedMutation[];
}

async function pendingIds(): Promise<Set<string>> {
  const acknowledged = (await getMeta('lastMutationId')) ?? 0;
  const unsent = await db.outbox.where('mutationId').above(acknowledged).toArray();
  return new Set(unsent.map((entry) => (entry.args as { id?: string }).id ?? ''));
}

async function withStatus(perspectives: Perspective[], caseId: string): Promise<VoiceItem[]> {
  const [pending, replies] = await Promise.all([
    pendingIds(),
    db.reply.where('caseId').equals(caseId).toArray(),
  ]);
  return perspectives
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((perspective) => ({
      perspective,
      pending: pending.has(perspective.id),
      replies: replies
        .filter((reply) => reply.perspectiveId === perspective.id)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    }));
}

const subjectIdOf = async (entry: RejectedMutation): Promise<string | undefined> => {
  const args = entry.args as { subject?: Subject; id?: string };
  if (args.subject) return args.subject.id;
  return args.id ? (await db.perspective.get(args.id))?.subject.id : undefined;
};

async function refusedWrites(caseId: string, keep: (subjectId: string | undefined) => boolean) {
  const rows = await db.rejected.where('caseId').equals(caseId).toArray();
  const voice = rows.filter((r) => r.name === 'perspective.add' || r.name === 'perspective.edit');
  const subjects = await Promise.all(voice.map(subjectIdOf));
  return voice.filter((_, i) => keep(subjects[i])).sort((a, b) => b.mutationId - a.mutationId);
}

/** Everything on one item that this device may show, mine and others'. */
export async function listVoiceOn(caseId: string, subjectId: string): Promise<Voice> {
  const rows = await db.perspective.where('subject.id').equals(subjectId).toArray();
  const onItem = rows.filter(
    (p) => p.caseId === caseId && p.stance !== 'story' && p.stance !== 'three-houses',
  );
  return {
    items: await withStatus(onItem, caseId),
    refused: await refusedWrites(caseId, (id) => id === subjectId),
  };
}

/** All I wrote in the case ("Mijn reacties"), newest first. */
export async function listMyVoice(caseId: string, memberId: string): Promise<Voice> {
  const rows = await db.perspective.where('caseId').equals(caseId).toArray();
  return {
    items: await withStatus(
      rows.filter((p) => p.authorMemberId === memberId),
      caseId,
    ),
    refused: await refusedWrites(caseId, () => true),
  };
}

/** What the preview of readers needs: the case's members and the item's rows as this device has them. */
export async function readerContext(caseId: string, subject: Subject, today: string): Promise<ReaderContext> {
  const members: Member[] = await db.member.where('caseId').equals(caseId).toArray();
  const rows = new Map<string, unknown>();
  const load = async (entity: SubjectEntity, id: string) => {
    const row = (await db.table(entity).get(id)) as { id: string } | undefined;
    if (row) rows.set(`${entity}:${id}`, row);
    return row;
  };
  if (subject.type !== 'case') {
    const row = await load(subject.type, subject.id);
    if (subject.type === 'statement' && row)
      await load('decision', (row as EntityValue<'statement'>).decisionId);
  }
  const find: FindRow = (entity, id) => rows.get(`${entity}:${id}`) as never;
  return { members, today, find };
}
