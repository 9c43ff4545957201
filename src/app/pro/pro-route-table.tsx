import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * The console's screens, relative to /pro, each its own chunk (React.lazy). A new screen is one
 * line here and one address in pro-paths.ts; issue 11 adds decisions, events and the inbox.
 */
export interface ProScreen {
  path: string;
  Page: LazyExoticComponent<ComponentType>;
}

const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

export const proScreens: ProScreen[] = [
  { path: '', Page: page(() => import('./cases/cases-page'), 'CasesPage') },
  { path: 'nieuw', Page: page(() => import('./new-case/new-case-page'), 'NewCasePage') },
  {
    path: 'dossier/:caseId',
    Page: page(() => import('./case-overview/case-overview-page'), 'CaseOverviewPage'),
  },
  {
    path: 'dossier/:caseId/gezin/nieuw',
    Page: page(() => import('./member-form/member-form-page'), 'MemberFormPage'),
  },
  {
    path: 'dossier/:caseId/gezin/:memberId',
    Page: page(() => import('./member-form/member-form-page'), 'MemberFormPage'),
  },
  {
    path: 'dossier/:caseId/gezin/:memberId/uitnodiging',
    Page: page(() => import('./invite/invite-page'), 'InvitePage'),
  },
  {
    path: 'dossier/:caseId/betrokken',
    Page: page(() => import('./involved-admin/involved-admin-page'), 'InvolvedAdminPage'),
  },
  {
    path: 'dossier/:caseId/betrokken/nieuw',
    Page: page(() => import('./involvement-form/involvement-form-page'), 'InvolvementFormPage'),
  },
  {
    path: 'dossier/:caseId/betrokken/:involvementId',
    Page: page(() => import('./involvement-form/involvement-form-page'), 'InvolvementFormPage'),
  },
  { path: 'dossier/:caseId/team', Page: page(() => import('./team/team-page'), 'TeamPage') },
  {
    path: 'dossier/:caseId/bekijk-als/:memberId',
    Page: page(() => import('./view-as/view-as-page'), 'ViewAsPage'),
  },
];
