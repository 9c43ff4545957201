// Valid decisions, reasons and events for the Besluiten and Mijn overzicht tests.
import { newId } from '../../../data/testing/fixtures';
import type { CaseEvent, Decision, Statement } from '../../../shared/domain';

export function aDecision(overrides: Partial<Decision> & Pick<Decision, 'caseId'>): Decision {
  return {
    id: newId(),
    kind: 'ots',
    title: 'Ondertoezichtstelling van Sam en Lina',
    summary: 'De kinderrechter heeft Sam en Lina onder toezicht gesteld voor 12 maanden.',
    decidedBy: null,
    decidedOn: '2025-03-01',
    startsOn: '2025-03-01',
    endsOn: '2026-03-01',
    reviewOn: null,
    legalBasis: 'BW 1:255',
    meaning: {
      parent: 'Jullie blijven allebei ouder met gezag.',
      youth: 'Er let een tijdje iemand extra op jou en Lina.',
    },
    nextSteps: 'De jeugdbeschermer bespreekt een verlenging eerst met jullie.',
    status: 'in-effect',
    sharedWithNetwork: false,
    ...overrides,
  };
}

export function aStatement(
  overrides: Partial<Statement> & Pick<Statement, 'caseId' | 'decisionId'>,
): Statement {
  return {
    id: newId(),
    kind: 'fact',
    text: 'Naima en Daan zijn uit elkaar.',
    source: 'Raad voor de Kinderbescherming',
    observedOn: '2025-01-10',
    lastCheckedOn: '2025-01-10',
    status: 'current',
    history: [],
    ...overrides,
  };
}

export function anEvent(overrides: Partial<CaseEvent> & Pick<CaseEvent, 'caseId'>): CaseEvent {
  return {
    id: newId(),
    kind: 'meeting',
    title: 'Evaluatie van het plan van aanpak',
    startsAt: '2099-01-05T12:00:00Z',
    endsAt: null,
    place: 'Wijkteam, Lindeplein 2',
    withInvolvements: [],
    invitedMembers: [],
    prepareNote: null,
    ...overrides,
  };
}
