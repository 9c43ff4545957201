// What one family member will see of a decision: the same builder as the family's own page, over
// the rows the read policy leaves them (nothing withheld from or hidden for them; the network only
// what is shared with it). The server's "Bekijk als" stays the authority; this preview works offline.
import type { Day, Decision, Involvement, Member, Statement } from '../../../shared/domain';
import { buildDecisionDetail, readerOf, type DecisionDetail } from '../../routes/decisions/decisions-view';

const hiddenFor = (row: { hiddenFrom?: string[]; withheld?: { memberId: string }[] }, memberId: string) =>
  (row.hiddenFrom ?? []).includes(memberId) || (row.withheld ?? []).some((w) => w.memberId === memberId);

export function previewFor(
  member: Member,
  decision: Decision,
  statements: Statement[],
  involvements: Involvement[],
  today: Day,
): DecisionDetail | null {
  if (hiddenFor(decision, member.id)) return null;
  if (member.role === 'network' && !decision.sharedWithNetwork) return null;
  const visible = statements.filter((statement) => !hiddenFor(statement, member.id));
  return buildDecisionDetail(decision, visible, involvements, today, readerOf(member, today));
}
