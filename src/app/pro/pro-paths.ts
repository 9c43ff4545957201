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
};
