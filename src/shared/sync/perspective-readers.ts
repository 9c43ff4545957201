import { ageOn } from '../catalog/dates';
import type { Day, Member, Perspective } from '../domain';
import type { EntityName, EntityValue } from './protocol';

/**
 * Who will be able to read a contribution, for the "wie leest dit?" preview before sending. It
 * restates the perspective half of the server's read policy (src/server/policy/read-rules.ts) as one
 * pure function; perspective-readers.property.test.ts proves over generated cases that it names
 * exactly the members whose pull contains the row, so the preview never promises more privacy
 * than the server gives. A family device does not know what a professional withholds from others
 * (`hiddenFrom` is not sent to it): there the preview can only name too many readers, never too few.
 */
export type ReaderPerspective = Pick<Perspective, 'authorMemberId' | 'audience' | 'subject'> &
  Partial<Pick<Perspective, 'hiddenFrom' | 'withheld'>>;

export type SubjectEntity = Extract<EntityName, 'involvement' | 'decision' | 'statement' | 'event'>;
export type FindRow = <E extends SubjectEntity>(entity: E, id: string) => EntityValue<E> | undefined;

export interface ReaderContext {
  members: readonly Member[];
  today: Day;
  find: FindRow;
}

const isHidden = (row: object, member: Member) => {
  const { hiddenFrom, withheld } = row as { hiddenFrom?: string[]; withheld?: { memberId: string }[] };
  return (hiddenFrom ?? []).includes(member.id) || (withheld ?? []).some((w) => w.memberId === member.id);
};

/** Parents see a youth's own words under 16; from 16 (or with no known birth date) only by consent. */
function ageAllows(authorId: string, reader: Member, context: ReaderContext): boolean {
  if (reader.role !== 'parent') return true;
  const author = context.members.find((member) => member.id === authorId);
  if (!author || author.role !== 'youth') return true;
  const age = author.birthDate ? ageOn(author.birthDate, context.today) : null;
  return (age !== null && age < 16) || author.youthAllowsParentView;
}

function subjectOpen(type: SubjectEntity, id: string, reader: Member, context: ReaderContext): boolean {
  const row = context.find(type, id);
  if (!row || isHidden(row, reader)) return false;
  const network = reader.role === 'network';
  switch (type) {
    case 'involvement':
      return true;
    case 'decision':
      return !network || (row as EntityValue<'decision'>).sharedWithNetwork;
    case 'statement':
      return subjectOpen('decision', (row as EntityValue<'statement'>).decisionId, reader, context);
    case 'event':
      return !network || (row as EntityValue<'event'>).invitedMembers.includes(reader.id);
  }
}

export function mayReadPerspective(
  perspective: ReaderPerspective,
  reader: Member,
  context: ReaderContext,
): boolean {
  if (reader.endedOn) return false;
  if (isHidden(perspective, reader)) return false;
  if (reader.id === perspective.authorMemberId) return true;
  if (!ageAllows(perspective.authorMemberId, reader, context)) return false;
  const heard =
    perspective.audience === 'everyone' ||
    (perspective.audience === 'professionals' && reader.role === 'professional');
  const { type, id } = perspective.subject;
  return heard && (type === 'case' || subjectOpen(type, id, reader, context));
}

/** The members (the author included) who will be able to read the perspective. */
export const perspectiveReaders = (perspective: ReaderPerspective, context: ReaderContext): Member[] =>
  context.members.filter((member) => mayReadPerspective(perspective, member, context));
