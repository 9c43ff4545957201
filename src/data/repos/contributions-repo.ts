import { isCorrectionRequest } from '../../shared/domain';
import { db } from '../db/gezien-db';

/**
 * For the console's case overview (issue 10; the inbox of issue 11 lists them): what the family
 * wrote that no professional has answered yet, and correction requests still open. Counts only.
 */
export interface ContributionCounts {
  unanswered: number;
  openCorrections: number;
}

export async function countOpenContributions(caseId: string): Promise<ContributionCounts> {
  const [members, perspectives, replies] = await Promise.all([
    db.member.where('caseId').equals(caseId).toArray(),
    db.perspective.where('caseId').equals(caseId).toArray(),
    db.reply.where('caseId').equals(caseId).toArray(),
  ]);
  const professionals = new Set(members.filter((m) => m.role === 'professional').map((m) => m.id));
  const answered = new Set(
    replies.filter((r) => professionals.has(r.authorMemberId)).map((r) => r.perspectiveId),
  );
  const fromFamily = perspectives.filter((p) => !professionals.has(p.authorMemberId));
  return {
    unanswered: fromFamily.filter((p) => !isCorrectionRequest(p.stance) && !answered.has(p.id)).length,
    openCorrections: fromFamily.filter((p) => p.correctionStatus === 'open').length,
  };
}
