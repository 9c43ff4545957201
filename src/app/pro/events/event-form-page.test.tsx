import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listOutbox } from '../../../data/sync/pending';
import { aMember, newId, put } from '../../../data/testing/fixtures';
import { startOfflineConsole } from '../../testing/offline-console';
import { renderApp } from '../../testing/render-app';

// Appointments in the console over the real router and IndexedDB (offline: the network is stubbed).
const caseId = newId();
const naima = aMember({ caseId, displayName: 'Naima', role: 'parent' });

beforeEach(async () => {
  await startOfflineConsole({ caseId, changes: [put('member', naima)] });
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('appointments in the console', { timeout: 30_000 }, () => {
  it('asks for title, day and time, refuses an end before the start, then saves and cancels', async () => {
    const { user } = await renderApp(`/pro/dossier/${caseId}/afspraken/nieuw`);
    await user.click(await screen.findByRole('button', { name: 'Afspraak opslaan' }, { timeout: 10_000 }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Vul een titel in.', 'Vul de datum in.', 'Vul in hoe laat het begint.']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort afspraak' }), 'hearing');
    await user.type(screen.getByRole('textbox', { name: /Titel/ }), 'Zitting kinderrechter');
    await user.type(screen.getByLabelText(/^Datum/), '2026-12-10');
    await user.type(screen.getByLabelText(/Begint om/), '10:00');
    await user.type(screen.getByLabelText(/Eindigt om/), '09:00');
    await user.type(screen.getByRole('textbox', { name: 'Plaats' }), 'Rechtbank Utrecht');
    await user.click(screen.getByRole('checkbox', { name: 'Naima' }));
    await user.type(screen.getByRole('textbox', { name: /voorbereiden/ }), 'Neem de brief mee.');
    await user.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));
    expect(screen.getByLabelText(/Eindigt om/)).toHaveAccessibleDescription(
      'Het einde moet na het begin liggen.',
    );

    await user.clear(screen.getByLabelText(/Eindigt om/));
    await user.type(screen.getByLabelText(/Eindigt om/), '11:00');
    await user.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));
    expect(await screen.findByText(/Opgeslagen op dit apparaat/)).toBeInTheDocument();
    expect(screen.getByText('Uitgenodigd: Naima')).toBeInTheDocument();
    const [entry] = await listOutbox();
    expect(entry).toMatchObject({
      name: 'event.put',
      args: {
        value: {
          kind: 'hearing',
          place: 'Rechtbank Utrecht',
          invitedMembers: [naima.id],
          prepareNote: 'Neem de brief mee.',
        },
      },
    });

    await user.click(screen.getByRole('link', { name: 'Zitting kinderrechter' }));
    await user.click(await screen.findByRole('button', { name: 'Afspraak afzeggen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, afzeggen' }));
    expect(await screen.findByText('Er staan nog geen afspraken in dit dossier.')).toBeInTheDocument();
    expect((await listOutbox()).map((e) => e.name)).toEqual(['event.put', 'event.cancel']);
  });
});
