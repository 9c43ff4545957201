// Bekijk als …: the server's answer (the member's own pull, less their private words) sorted into
// what the family screens show. Pure: the family's own view builders do the ordering.
import type { ViewAsResponse } from '../../../shared/api/pro';
import type { CaseEvent, Day, Decision, Involvement } from '../../../shared/domain';
import { buildInvolvedView, type InvolvedView } from '../../routes/involved/involved-view';

export interface ViewAsView {
  involved: InvolvedView;
  decisions: Decision[];
  events: CaseEvent[];
}

export function viewAsView({ member, changes }: ViewAsResponse, today: Day): ViewAsView {
  const of = <T>(entity: string) =>
    changes.flatMap((change) => (change.op === 'put' && change.entity === entity ? [change.value as T] : []));
  return {
    involved: buildInvolvedView(of<Involvement>('involvement'), member.id, today),
    decisions: of<Decision>('decision').sort((a, b) => b.decidedOn.localeCompare(a.decidedOn)),
    events: of<CaseEvent>('event').sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  };
}
