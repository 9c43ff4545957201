import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMe } from '../../../data/repos/me-repo';
import { listOutbox } from '../../../data/sync/pending';
import { aMember, newId, put } from '../../../data/testing/fixtures';
import { startOfflineConsole } from '../../testing/offline-console';
import { renderApp } from '../../testing/render-app';

// The console's member form over the real router and IndexedDB (offline here: the network is stubbed).
const caseId = newId();
const naima = aMember({ caseId, displayName: 'Naima', role: 'parent' });

beforeEach(async () => {
  await startOfflineConsole({ caseId, changes: [put('member', naima)] });
});
afterEach(() => {
  vi.restoreAllMocks();
});

// The console is a lazy chunk: its first render in jsdom takes a few seconds.
describe('adding a family member in the console', { timeout: 30_000 }, () => {
  it('ties each problem to its field and keeps what was typed', async () => {
    const { user } = await renderApp(`/pro/dossier/${caseId}/gezin/nieuw`);
    await user.click(await screen.findByRole('radio', { name: 'Jongere (het kind)' }));
    await user.type(screen.getByRole('textbox', { name: /Naam/ }), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Gezinslid toevoegen' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(
      within(summary).getByRole('link', { name: 'Vul de geboortedatum van de jongere in.' }),
    ).toHaveAttribute('href', '#member-birth-date');
    const birthDate = screen.getByLabelText(/Geboortedatum/);
    expect(birthDate).toHaveAttribute('aria-invalid', 'true');
    expect(birthDate).toHaveAccessibleDescription(/Vul de geboortedatum van de jongere in/);
    expect(screen.getByRole('textbox', { name: /Naam/ })).toHaveValue('Sam');
    expect(await listOutbox()).toEqual([]);
  });

  it('warns of someone with the same name, and still adds them, offline, to the outbox', async () => {
    const { user } = await renderApp(`/pro/dossier/${caseId}/gezin/nieuw`);
    await user.click(await screen.findByRole('radio', { name: 'Ouder' }));
    await user.type(screen.getByRole('textbox', { name: /Naam/ }), 'naima');
    expect(screen.getByText(/er staat al iemand met de naam Naima/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Nee, zonder gezag' }));
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: 'Gezinslid toevoegen' }));

    expect(await screen.findByText(/Opgeslagen op dit apparaat/)).toBeInTheDocument();
    const [entry] = await listOutbox();
    expect(entry).toMatchObject({
      name: 'member.add',
      caseId,
      args: { displayName: 'naima', hasCustody: false },
    });
  });

  it('is not there for a family login: a /pro address shows the family app', async () => {
    await saveMe({
      user: { id: newId(), kind: 'family', displayName: 'Naima' },
      memberships: [{ caseId, memberId: naima.id }],
    });
    const { router } = await renderApp(`/pro/dossier/${caseId}`);
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
