// The console's inbox as plain data: the family's contributions and correction requests across the
// professional's cases, unanswered first, newest first within each, with the filters of the screen.
// Pure, so the order and the filters are unit-tested.
import type { InboxRows } from '../../../data/repos/inbox-repo';
import {
  isCorrectionRequest,
  type Member,
  type Perspective,
  type Reply,
  type Statement,
} from '../../../shared/domain';

export type InboxShow = 'all' | 'unanswered' | 'corrections';
export interface InboxFilter {
  caseId: string | null;
  show: InboxShow;
}

export interface InboxItem {
  perspective: Perspective;
  caseTitle: string;
  author: Member | null;
  /** What it is about, in words: a decision's title, a reason's text, an event's title … */
  about: string;
  /** The reason it is about, if any, with its decision (to adjust it in answer). */
  statement: Statement | null;
  replies: Reply[];
  isCorrection: boolean;
  answered: boolean;
  readByMe: boolean;
}

function aboutOf(
  rows: InboxRows,
  { type, id }: Perspective['subject'],
): { about: string; statement: Statement | null } {
  const statement = type === 'statement' ? (rows.statements.find((s) => s.id === id) ?? null) : null;
  const text =
    (type === 'case' && rows.cases.find((c) => c.id === id)?.title) ||
    (type === 'decision' && rows.decisions.find((d) => d.id === id)?.title) ||
    (type === 'event' && rows.events.find((e) => e.id === id)?.title) ||
    (type === 'involvement' && rows.involvements.find((i) => i.id === id)?.organisation) ||
    statement?.text ||
    '';
  return { about: text, statement };
}

/** `me`: my member id per case (the memberships of my login). */
export function buildInbox(rows: InboxRows, me: Map<string, string>, filter: InboxFilter): InboxItem[] {
  const professionals = new Set(rows.members.filter((m) => m.role === 'professional').map((m) => m.id));
  const items = rows.perspectives
    .filter((p) => !professionals.has(p.authorMemberId) && !p.withdrawn)
    .map((perspective): InboxItem => {
      const replies = rows.replies
        .filter((r) => r.perspectiveId === perspective.id)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      const isCorrection = isCorrectionRequest(perspective.stance);
      const replied = replies.some((r) => professionals.has(r.authorMemberId));
      return {
        perspective,
        caseTitle: rows.cases.find((c) => c.id === perspective.caseId)?.title ?? '',
        author: rows.members.find((m) => m.id === perspective.authorMemberId) ?? null,
        ...aboutOf(rows, perspective.subject),
        replies,
        isCorrection,
        answered: isCorrection ? perspective.correctionStatus !== 'open' : replied,
        readByMe: perspective.readBy.includes(me.get(perspective.caseId) ?? ''),
      };
    });
  return items
    .filter((item) => !filter.caseId || item.perspective.caseId === filter.caseId)
    .filter((item) =>
      filter.show === 'corrections'
        ? item.isCorrection && item.perspective.correctionStatus === 'open'
        : filter.show === 'unanswered'
          ? !item.answered
          : true,
    )
    .sort(
      (a, b) =>
        Number(a.answered) - Number(b.answered) ||
        b.perspective.updatedAt.localeCompare(a.perspective.updatedAt),
    );
}
