import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMe, newId } from '../../../data/testing/fixtures';
import { renderApp } from '../../testing/render-app';

// fetch is stubbed only at the network boundary (stubApi spies on globalThis.fetch); the real server
// is exercised by the integration and end-to-end tests.

beforeEach(async () => {
  await wipeLocalData();
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function logIn(password: string) {
  const view = await renderApp('/login');
  await view.user.type(await screen.findByLabelText('Gebruikersnaam'), 'naima');
  await view.user.type(screen.getByLabelText('Wachtwoord', { selector: 'input' }), password);
  await view.user.click(screen.getByRole('button', { name: 'Inloggen' }));
  return view;
}

describe('login page', () => {
  it('says in plain Dutch that the username or password is wrong', async () => {
    stubApi({ 'POST /api/auth/login': () => ({ status: 401, body: { error: 'invalid-credentials' } }) });

    const { router } = await logIn('fout');

    expect(await screen.findByRole('alert')).toHaveTextContent('Je gebruikersnaam of wachtwoord klopt niet.');
    expect(router.state.location.pathname).toBe('/login');
  });

  it('says there is no internet when the request cannot be sent', async () => {
    stubApi({ 'POST /api/auth/login': () => 'network-error' });

    await logIn('geheim');

    expect(await screen.findByRole('alert')).toHaveTextContent('Er is geen internet.');
  });

  it('asks for both fields before sending anything', async () => {
    const fetchSpy = stubApi({});
    const view = await renderApp('/login');

    await view.user.click(await screen.findByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Vul je gebruikersnaam en je wachtwoord in.');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('lets you see the password you typed', async () => {
    const view = await renderApp('/login');
    const password = await screen.findByLabelText('Wachtwoord', { selector: 'input' });
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'current-password');

    await view.user.click(screen.getByRole('button', { name: 'Laat wachtwoord zien' }));

    expect(password).toHaveAttribute('type', 'text');
  });

  it('tells the owner how many wrong passwords were tried since the last login, then goes on', async () => {
    const caseId = newId();
    stubApi({
      'POST /api/auth/login': () => ({
        status: 200,
        body: { user: { id: newId(), kind: 'family' }, failedLogins: 4 },
      }),
      'GET /api/auth/me': () => ({ status: 200, body: aMe(caseId, newId()) }),
      'POST /api/sync/pull': () => ({
        status: 200,
        body: { cursor: 'c1', lastMutationId: 0, rejections: [], changes: [] },
      }),
    });

    const view = await logIn('geheim');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Iemand probeerde in te loggen' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/4 keer een verkeerd wachtwoord/)).toBeInTheDocument();
    await view.user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn overzicht' })).toBeInTheDocument();
  });

  it('opens Mijn overzicht after logging in', async () => {
    const caseId = newId();
    stubApi({
      'POST /api/auth/login': () => ({ status: 200, body: { user: { id: newId(), kind: 'family' } } }),
      'GET /api/auth/me': () => ({ status: 200, body: aMe(caseId, newId()) }),
      'POST /api/sync/pull': () => ({
        status: 200,
        body: { cursor: 'c1', lastMutationId: 0, rejections: [], changes: [] },
      }),
    });

    const { router } = await logIn('geheim');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn overzicht' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
