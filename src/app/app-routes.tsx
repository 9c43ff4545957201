import { Navigate, type RouteObject } from 'react-router';
import { lazyPage } from './lazy-page';
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
            lazy: lazyPage(
              async () => (await import('./routes/home/home-page')).HomePage,
              ['home', 'measures', 'roles', 'involved', 'events', 'voice'],
            ),
          },
          {
            path: '/besluiten',
            lazy: lazyPage(
              async () => (await import('./routes/decisions/decisions-page')).DecisionsPage,
              ['decisions', 'measures', 'roles'],
            ),
          },
          {
            path: '/besluiten/:decisionId',
            lazy: lazyPage(
              async () => (await import('./routes/decisions/decision-page')).DecisionPage,
              ['decisions', 'measures', 'roles', 'voice'],
            ),
          },
          {
            path: '/betrokken',
            lazy: lazyPage(
              async () => (await import('./routes/involved/involved-page')).InvolvedPage,
              ['involved', 'roles', 'voice'],
            ),
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
            lazy: lazyPage(
              async () => (await import('./routes/events/events-page')).EventsPage,
              ['events', 'decisions', 'roles', 'voice'],
            ),
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
