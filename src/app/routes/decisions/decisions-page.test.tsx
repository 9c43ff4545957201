import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import roles from '../../../../locales/nl/roles.json';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMember, anInvolvement, newId } from '../../../data/testing/fixtures';
import { addDays, todayInNl } from '../../../shared/catalog/dates';
import { initI18n, loadNamespaces } from '../../i18n/i18n';
import { renderApp } from '../../testing/render-app';
import { aDecision } from './decision-fixtures';
import { DecisionsPage } from './decisions-page';
import { seedCase } from './decisions-test-seed';

const caseId = newId();
const today = todayInNl();
const naima = aMember({ caseId, displayName: 'Naima El Amrani', role: 'parent', hasCustody: true });
const judge = anInvolvement({ caseId, roleKey: 'kinderrechter', personName: 'mr. H. de Boer' });
const gi = anInvolvement({ caseId, roleKey: 'gi', personName: 'Joyce Bakker' });
const ots = aDecision({
  caseId,
  title: 'OTS van Sam en Lina',
  decidedBy: judge.id,
  decidedOn: addDays(today, -200),
  startsOn: addDays(today, -200),
  endsOn: addDays(today, 165),
});
const instruction = aDecision({
  caseId,
  kind: 'schriftelijke-aanwijzing',
  title: 'Wisselen via school of bij oma',
  decidedBy: gi.id,
  decidedOn: addDays(today, -5),
  startsOn: addDays(today, -5),
  endsOn: null,
});
const wijkteamHelp = aDecision({
  caseId,
  kind: 'other',
  title: 'Vrijwillige hulp van het wijkteam',
  decidedOn: addDays(today, -900),
  status: 'ended',
});

beforeEach(async () => {
  await wipeLocalData();
  await initI18n('nl');
  // The first render loads the lazy route and its texts: give it time on a busy machine.
  await loadNamespaces('decisions', 'measures', 'roles');
  stubApi({ 'POST /api/sync/pull': () => 'network-error' });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Besluiten', () => {
  it('shows a loading state, then the decisions in effect newest first and the ended ones below', async () => {
    await seedCase({ me: naima, involvements: [judge, gi], decisions: [ots, wijkteamHelp, instruction] });
    await loadNamespaces('decisions', 'measures', 'roles');

    render(
      <MemoryRouter>
        <DecisionsPage />
      </MemoryRouter>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Even geduld');

    const now = await screen.findByRole('region', { name: 'Geldt nu' });
    const titles = within(now)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['Wisselen via school of bij oma', 'OTS van Sam en Lina']);
    const ended = screen.getByRole('region', { name: 'Afgelopen' });
    expect(within(ended).getByRole('link', { name: 'Vrijwillige hulp van het wijkteam' })).toHaveAttribute(
      'href',
      `/besluiten/${wijkteamHelp.id}`,
    );
  });

  it('shows the kind, who decided, the status and a chip while a term is running', async () => {
    await seedCase({ me: naima, involvements: [judge, gi], decisions: [ots, instruction] });
    await renderApp('/besluiten');

    const card = await screen.findByRole('article', { name: 'Wisselen via school of bij oma' });
    expect(within(card).getByText('Schriftelijke aanwijzing')).toBeInTheDocument();
    expect(card).toHaveTextContent('Besloten door Joyce Bakker');
    expect(within(card).getByText(roles.role.gi.name)).toBeInTheDocument();
    expect(within(card).getByText('Geldt nu')).toBeInTheDocument();
    expect(within(card).getByText('Nog 9 dagen om te reageren')).toBeInTheDocument();
    const otsCard = screen.getByRole('article', { name: 'OTS van Sam en Lina' });
    expect(within(otsCard).queryByText(/om te reageren/)).not.toBeInTheDocument();
  });

  it('says plainly when there are no decisions yet', async () => {
    await seedCase({ me: naima });
    await renderApp('/besluiten');

    expect(await screen.findByText('Er zijn nog geen besluiten.')).toBeInTheDocument();
  });

  it('still shows the decisions on the device when there is no internet', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await seedCase({ me: naima, involvements: [judge], decisions: [ots] });
    await renderApp('/besluiten');

    expect(await screen.findByRole('link', { name: 'OTS van Sam en Lina' })).toBeInTheDocument();
    expect(screen.getByTestId('sync-status')).toHaveTextContent('Geen internet');
  });

  it('never shows a decision the server withheld from me', async () => {
    await seedCase({ me: naima, decisions: [ots] });
    await renderApp('/besluiten');

    await screen.findByRole('link', { name: 'OTS van Sam en Lina' });
    expect(screen.queryByText('Wisselen via school of bij oma')).not.toBeInTheDocument();
  });
});
