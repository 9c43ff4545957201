/**
 * Every address of the console (decision 009), in one place so screens link by name. Issue 11 adds
 * its own (decisions, events, the inbox) here and in pro-route-table.tsx.
 */
const inCase = (caseId: string, rest = '') => `/pro/dossier/${caseId}${rest}`;

export const proPaths = {
  cases: '/pro',
  newCase: '/pro/nieuw',
  case: (caseId: string) => inCase(caseId),
  newMember: (caseId: string) => inCase(caseId, '/gezin/nieuw'),
  member: (caseId: string, memberId: string) => inCase(caseId, `/gezin/${memberId}`),
  invite: (caseId: string, memberId: string) => inCase(caseId, `/gezin/${memberId}/uitnodiging`),
  involved: (caseId: string) => inCase(caseId, '/betrokken'),
  newInvolvement: (caseId: string) => inCase(caseId, '/betrokken/nieuw'),
  involvement: (caseId: string, involvementId: string) => inCase(caseId, `/betrokken/${involvementId}`),
  team: (caseId: string) => inCase(caseId, '/team'),
  viewAs: (caseId: string, memberId: string) => inCase(caseId, `/bekijk-als/${memberId}`),
  decisions: (caseId: string) => inCase(caseId, '/besluiten'),
  newDecision: (caseId: string) => inCase(caseId, '/besluiten/nieuw'),
  decision: (caseId: string, decisionId: string) => inCase(caseId, `/besluiten/${decisionId}`),
  editDecision: (caseId: string, decisionId: string) => inCase(caseId, `/besluiten/${decisionId}/wijzigen`),
  decisionPreview: (caseId: string, decisionId: string) =>
    inCase(caseId, `/besluiten/${decisionId}/voorbeeld`),
  newReason: (caseId: string, decisionId: string) => inCase(caseId, `/besluiten/${decisionId}/redenen/nieuw`),
  /** Adjust a reason; with `requestId`, as the answer to that correction request. */
  reason: (caseId: string, decisionId: string, statementId: string, requestId?: string) =>
    inCase(
      caseId,
      `/besluiten/${decisionId}/redenen/${statementId}${requestId ? `?verzoek=${requestId}` : ''}`,
    ),
  events: (caseId: string) => inCase(caseId, '/afspraken'),
  newEvent: (caseId: string) => inCase(caseId, '/afspraken/nieuw'),
  event: (caseId: string, eventId: string) => inCase(caseId, `/afspraken/${eventId}`),
  accessLog: (caseId: string) => inCase(caseId, '/logboek'),
  /** Across the professional's cases; `filter` narrows it to one case or kind. */
  inbox: (filter: { caseId?: string; show?: 'corrections' | 'unanswered' } = {}) => {
    const query = new URLSearchParams();
    if (filter.caseId) query.set('dossier', filter.caseId);
    if (filter.show) query.set('toon', filter.show);
    return query.size > 0 ? `/pro/inbox?${query.toString()}` : '/pro/inbox';
  },
  inboxItem: (perspectiveId: string) => `/pro/inbox/${perspectiveId}`,
};
