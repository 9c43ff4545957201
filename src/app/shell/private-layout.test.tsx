import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMe } from '../../data/repos/me-repo';
import { applyChanges } from '../../data/sync/apply-changes';
import { mutate } from '../../data/sync/mutate';
import { countUnsent } from '../../data/sync/pending';
import { wipeLocalData } from '../../data/session/wipe-local-data';
import { stubApi } from '../../data/testing/fake-api';
import { aMe, newId } from '../../data/testing/fixtures';
import { renderApp } from '../testing/render-app';

// fetch is stubbed at the network boundary: pulls and logout fail as if offline.
beforeEach(async () => {
  await wipeLocalData();
  stubApi({
    'POST /api/sync/pull': () => 'network-error',
    'POST /api/sync/push': () => 'network-error',
    'POST /api/auth/logout': () => 'network-error',
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('app shell', () => {
  it('sends someone without a session to the login page', async () => {
    const { router } = await renderApp('/betrokken');

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('opens on Mijn overzicht with a skip link, a main landmark and the sync status', async () => {
    await saveMe(aMe(newId(), newId()));
    await applyChanges([], { cursor: 'c1' });
    await renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn overzicht' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    await waitFor(() =>
      expect(screen.getByTestId('sync-status')).toHaveTextContent(/Laatst bijgewerkt om \d\d:\d\d/),
    );
  });

  it('switches the language to English', async () => {
    await saveMe(aMe(newId(), newId()));
    const { user } = await renderApp('/betrokken');

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Taal' }), 'English');

    expect(await screen.findByRole('heading', { level: 1, name: 'Who is involved' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Nederlands');
  });

  it('logs out offline: the local database is gone and the login page shows', async () => {
    await saveMe(aMe(newId(), newId()));
    const { user, router } = await renderApp('/betrokken');

    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('warns before logout wipes a write that could not be sent, and keeps it when asked', async () => {
    const caseId = newId();
    await saveMe(aMe(caseId, newId()));
    await mutate('perspective.add', {
      id: newId(),
      caseId,
      subject: { type: 'case', id: caseId },
      stance: 'story',
      text: 'Dit mag niet zomaar weg.',
      audience: 'everyone',
    });
    const { user, router } = await renderApp('/betrokken');

    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));
    const warning = await screen.findByRole('alertdialog');
    expect(warning).toHaveTextContent('Je hebt nog 1 wijziging die niet is verstuurd.');

    await user.click(within(warning).getByRole('button', { name: 'Blijf ingelogd' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await countUnsent()).toBe(1);
    expect(router.state.location.pathname).toBe('/betrokken');

    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));
    await user.click(await screen.findByRole('button', { name: 'Toch uitloggen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(await indexedDB.databases()).toEqual([]);
  });
});
