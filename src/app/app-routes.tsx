import { Navigate, type RouteObject } from 'react-router';
import { PrivateLayout } from './shell/private-layout';
import { PublicLayout } from './shell/public-layout';

/** Every page is its own chunk; the shell around them is not. */
export const appRoutes: RouteObject[] = [
  {
    // Shown while the first lazy page loads; the page itself shows its own loading state.
    HydrateFallback: () => null,
    children: [
      {
        element: <PublicLayout />,
        children: [
          {
            path: '/login',
            lazy: async () => ({ Component: (await import('./routes/login/login-page')).LoginPage }),
          },
          {
            path: '/welkom',
            lazy: async () => ({
              Component: (await import('./routes/invitation/invitation-page')).InvitationPage,
            }),
          },
        ],
      },
      {
        element: <PrivateLayout />,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./routes/home/home-page')).HomePage }),
          },
          {
            path: '/besluiten',
            lazy: async () => ({
              Component: (await import('./routes/decisions/decisions-page')).DecisionsPage,
            }),
          },
          {
            path: '/besluiten/:decisionId',
            lazy: async () => ({
              Component: (await import('./routes/decisions/decision-page')).DecisionPage,
            }),
          },
          {
            path: '/betrokken',
            lazy: async () => ({ Component: (await import('./routes/involved/involved-page')).InvolvedPage }),
          },
          {
            path: '/mijn-verhaal',
            lazy: async () => ({ Component: (await import('./routes/my-story/my-story-page')).MyStoryPage }),
          },
          {
            path: '/drie-huizen',
            lazy: async () => ({
              Component: (await import('./routes/three-houses/three-houses-page')).ThreeHousesPage,
            }),
          },
          {
            path: '/mijn-reacties',
            lazy: async () => ({ Component: (await import('./routes/my-voice/my-voice-page')).MyVoicePage }),
          },
          {
            path: '/afspraken',
            lazy: async () => ({ Component: (await import('./routes/events/events-page')).EventsPage }),
          },
          {
            path: '/rechten',
            lazy: async () => ({ Component: (await import('./routes/rights/rights-page')).RightsPage }),
          },
          {
            path: '/begrippen',
            lazy: async () => ({ Component: (await import('./routes/glossary/glossary-page')).GlossaryPage }),
          },
          {
            path: '/sessies',
            lazy: async () => ({ Component: (await import('./routes/sessions/sessions-page')).SessionsPage }),
          },
          {
            path: '/instellingen',
            lazy: async () => ({ Component: (await import('./routes/settings/settings-page')).SettingsPage }),
          },
          {
            path: '/toegang',
            lazy: async () => ({
              Component: (await import('./routes/access-log/access-log-page')).AccessLogPage,
            }),
          },
        ],
      },
      {
        // The professional console: its own chunks, never in the family's first download.
        path: '/pro/*',
        lazy: async () => ({ Component: (await import('./pro/pro-app')).ProApp }),
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
