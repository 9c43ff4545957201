import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listOutbox } from '../../../data/sync/pending';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMember, newId } from '../../../data/testing/fixtures';
import { initI18n, loadNamespaces } from '../../i18n/i18n';
import { seedCase } from '../decisions/decisions-test-seed';
import { ThreeHousesPage } from './three-houses-page';

const caseId = newId();
const sam = aMember({ caseId, displayName: 'Sam', role: 'youth', hasCustody: null, birthDate: '2013-05-01' });
const naima = aMember({ caseId, displayName: 'Naima El Amrani', relation: 'moeder' });
const joyce = aMember({
  caseId,
  displayName: 'Joyce Bakker',
  role: 'professional',
  hasCustody: null,
  teamRole: 'jeugdbeschermer',
});

beforeEach(async () => {
  await wipeLocalData();
  await initI18n('nl');
  await loadNamespaces('voice');
  stubApi({ 'POST /api/sync/pull': () => 'network-error', 'POST /api/sync/push': () => 'network-error' });
  await seedCase({ me: sam, members: [naima, joyce] });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Drie Huizen', () => {
  it('starts with only the professionals, refuses three empty houses, and saves through the outbox', async () => {
    const user = userEvent.setup();
    render(<ThreeHousesPage />);
    expect(await screen.findByRole('radio', { name: /Alleen de hulpverleners/ })).toBeChecked();
    const preview = await screen.findByTestId('readers-preview');
    await waitFor(() =>
      expect(
        within(preview)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['Jij', 'Joyce Bakker (jeugdbeschermer)']),
    );

    await user.click(screen.getByRole('button', { name: 'Bewaren en versturen' }));
    expect(await screen.findByText('Schrijf eerst iets in minstens één huis.')).toBeInTheDocument();
    expect(await listOutbox()).toHaveLength(0);

    await user.type(
      screen.getByLabelText('Waar maak je je zorgen over? Wat vind je moeilijk?'),
      'Ruzie thuis',
    );
    await user.type(screen.getByLabelText('Wat wens je? Hoe zou het er het liefst uitzien?'), 'Voetballen');
    await user.click(screen.getByRole('button', { name: 'Bewaren en versturen' }));
    expect(await screen.findByText('Bewaard. Het wordt verstuurd zodra er internet is.')).toBeInTheDocument();
    const [entry] = await listOutbox();
    expect(entry?.name).toBe('perspective.add');
    expect(entry?.args).toMatchObject({
      stance: 'three-houses',
      audience: 'professionals',
      houses: { worries: 'Ruzie thuis', goodThings: '', dreams: 'Voetballen' },
    });
    expect(
      within(await screen.findByTestId('houses-status')).getByText('Nog niet verstuurd'),
    ).toBeInTheDocument();
  });

  it('a second save changes the same houses, so the earlier version is kept', async () => {
    const user = userEvent.setup();
    render(<ThreeHousesPage />);
    const worries = await screen.findByLabelText('Waar maak je je zorgen over? Wat vind je moeilijk?');
    await user.type(worries, 'Eerst');
    await user.click(screen.getByRole('button', { name: 'Bewaren en versturen' }));
    await screen.findByTestId('houses-status');
    await user.clear(worries);
    await user.type(worries, 'Later');
    await user.click(screen.getByRole('button', { name: 'Bewaren en versturen' }));
    await waitFor(async () =>
      expect((await listOutbox()).map((e) => e.name)).toEqual(['perspective.add', 'perspective.edit']),
    );
    expect(await screen.findByText('1 eerdere versie')).toBeInTheDocument();
  });
});
