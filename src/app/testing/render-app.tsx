// Renders the real routes over the real (fake-indexeddb) database. Tests seed data through
// src/data (applyChanges, saveMe), never by faking hooks.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../app';
import { appRoutes } from '../app-routes';
import { initI18n } from '../i18n/i18n';

export async function renderApp(path: string) {
  await initI18n('nl');
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const user = userEvent.setup();
  return { user, router, ...render(<App router={router} />) };
}
