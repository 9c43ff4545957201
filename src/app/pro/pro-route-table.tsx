import type { ComponentType } from 'react';
import { CaseOverviewPage } from './case-overview/case-overview-page';
import { CaseAccessLogPage } from './access-log/case-access-log-page';
import { CasesPage } from './cases/cases-page';
import { DecisionFormPage } from './decisions/decision-form-page';
import { DecisionPage } from './decisions/decision-page';
import { DecisionPreviewPage } from './decisions/decision-preview-page';
import { DecisionsPage } from './decisions/decisions-page';
import { EventFormPage } from './events/event-form-page';
import { EventsPage } from './events/events-page';
import { InboxItemPage } from './inbox/inbox-item-page';
import { InboxPage } from './inbox/inbox-page';
import { InvitePage } from './invite/invite-page';
import { InvolvedAdminPage } from './involved-admin/involved-admin-page';
import { InvolvementFormPage } from './involvement-form/involvement-form-page';
import { MemberFormPage } from './member-form/member-form-page';
import { NewCasePage } from './new-case/new-case-page';
import { ReasonFormPage } from './reasons/reason-form-page';
import { TeamPage } from './team/team-page';
import { ViewAsPage } from './view-as/view-as-page';

/**
 * The console's screens, relative to /pro. A new screen is one line here and one address in
 * pro-paths.ts; issue 11 adds decisions, events and the inbox. The whole console is one lazy chunk
 * (app-routes.tsx), not one per screen: splitting it further made the family's first download
 * bigger, because the family's data modules then split into more chunks (decision 009). The QR
 * code library loads on its own, on the invitation screen only.
 */
export interface ProScreen {
  path: string;
  Page: ComponentType;
}

export const proScreens: ProScreen[] = [
  { path: '', Page: CasesPage },
  { path: 'nieuw', Page: NewCasePage },
  { path: 'inbox', Page: InboxPage },
  { path: 'inbox/:perspectiveId', Page: InboxItemPage },
  { path: 'dossier/:caseId', Page: CaseOverviewPage },
  { path: 'dossier/:caseId/gezin/nieuw', Page: MemberFormPage },
  { path: 'dossier/:caseId/gezin/:memberId', Page: MemberFormPage },
  { path: 'dossier/:caseId/gezin/:memberId/uitnodiging', Page: InvitePage },
  { path: 'dossier/:caseId/betrokken', Page: InvolvedAdminPage },
  { path: 'dossier/:caseId/betrokken/nieuw', Page: InvolvementFormPage },
  { path: 'dossier/:caseId/betrokken/:involvementId', Page: InvolvementFormPage },
  { path: 'dossier/:caseId/team', Page: TeamPage },
  { path: 'dossier/:caseId/bekijk-als/:memberId', Page: ViewAsPage },
  { path: 'dossier/:caseId/besluiten', Page: DecisionsPage },
  { path: 'dossier/:caseId/besluiten/nieuw', Page: DecisionFormPage },
  { path: 'dossier/:caseId/besluiten/:decisionId', Page: DecisionPage },
  { path: 'dossier/:caseId/besluiten/:decisionId/wijzigen', Page: DecisionFormPage },
  { path: 'dossier/:caseId/besluiten/:decisionId/voorbeeld', Page: DecisionPreviewPage },
  { path: 'dossier/:caseId/besluiten/:decisionId/redenen/nieuw', Page: ReasonFormPage },
  { path: 'dossier/:caseId/besluiten/:decisionId/redenen/:statementId', Page: ReasonFormPage },
  { path: 'dossier/:caseId/afspraken', Page: EventsPage },
  { path: 'dossier/:caseId/afspraken/nieuw', Page: EventFormPage },
  { path: 'dossier/:caseId/afspraken/:eventId', Page: EventFormPage },
  { path: 'dossier/:caseId/logboek', Page: CaseAccessLogPage },
];
