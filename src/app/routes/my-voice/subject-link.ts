import type { CaseEvent, Decision, Involvement, Perspective, Statement } from '../../../shared/domain';

export interface SubjectRows {
  decisions: Decision[];
  statements: Statement[];
  involvements: Involvement[];
  events: CaseEvent[];
}

export type SubjectKind = 'decision' | 'statement' | 'involvement' | 'event' | 'story' | 'houses';

export interface SubjectLink {
  kind: SubjectKind;
  /** The item's name as the family knows it ('' when it is no longer on this device). */
  name: string;
  to: string;
}

/** Where a contribution belongs, with a name and a page to open it on. */
export function subjectLink(perspective: Perspective, rows: SubjectRows): SubjectLink {
  const { type, id } = perspective.subject;
  switch (type) {
    case 'case':
      return perspective.stance === 'three-houses'
        ? { kind: 'houses', name: '', to: '/drie-huizen' }
        : { kind: 'story', name: '', to: '/mijn-verhaal' };
    case 'decision':
      return {
        kind: 'decision',
        name: rows.decisions.find((d) => d.id === id)?.title ?? '',
        to: `/besluiten/${id}`,
      };
    case 'statement': {
      const statement = rows.statements.find((s) => s.id === id);
      const decision = rows.decisions.find((d) => d.id === statement?.decisionId);
      return {
        kind: 'statement',
        name: statement?.text ?? '',
        to: decision ? `/besluiten/${decision.id}` : '/besluiten',
      };
    }
    case 'involvement': {
      const involvement = rows.involvements.find((i) => i.id === id);
      return {
        kind: 'involvement',
        name: involvement?.personName || involvement?.organisation || '',
        to: '/betrokken',
      };
    }
    case 'event':
      return { kind: 'event', name: rows.events.find((e) => e.id === id)?.title ?? '', to: '/afspraken' };
  }
}
