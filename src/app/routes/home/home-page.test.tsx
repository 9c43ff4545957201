import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMember, anInvolvement, newId } from '../../../data/testing/fixtures';
import { addDays, todayInNl } from '../../../shared/catalog/dates';
import { initI18n, loadNamespaces } from '../../i18n/i18n';
import { renderApp } from '../../testing/render-app';
import { aDecision, anEvent } from '../decisions/decision-fixtures';
import { seedCase } from '../decisions/decisions-test-seed';
import { HomePage } from './home-page';

const caseId = newId();
const today = todayInNl();
const naima = aMember({ caseId, displayName: 'Naima El Amrani', role: 'parent', hasCustody: true });
const joyce = anInvolvement({
  caseId,
  roleKey: 'gi',
  organisation: 'Jeugdbescherming Rijnhove',
  personName: 'Joyce Bakker',
  contact: { phone: '030-000 4419', email: 'joyce.bakker@example.nl', hours: null },
  contactFor: [naima.id],
  since: addDays(today, -150),
});
const instruction = aDecision({
  caseId,
  kind: 'schriftelijke-aanwijzing',
  title: 'Wisselen via school of bij oma',
  decidedOn: addDays(today, -5),
  startsOn: addDays(today, -5),
  endsOn: null,
});
const visit = anEvent({
  caseId,
  kind: 'home-visit',
  title: 'Huisbezoek van Joyce',
  startsAt: `${addDays(today, 6)}T13:00:00Z`,
  place: 'Bij Naima thuis',
  invitedMembers: [naima.id],
});
const othersVisit = anEvent({
  caseId,
  title: 'Huisbezoek bij Daan',
  startsAt: `${addDays(today, 2)}T13:00:00Z`,
  invitedMembers: [newId()],
});

beforeEach(async () => {
  await wipeLocalData();
  await initI18n('nl');
  await loadNamespaces('home', 'measures', 'roles', 'involved');
  stubApi({ 'POST /api/sync/pull': () => 'network-error' });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Mijn overzicht', () => {
  it('tells a 12-year-old about a running term in youth words, with no adult legal wording', async () => {
    const sam = aMember({
      caseId,
      displayName: 'Sam',
      role: 'youth',
      birthDate: addDays(today, -(12 * 366)),
    });
    await seedCase({ me: sam, decisions: [instruction] });
    render(
      <MemoryRouter>
        <HomePage />
      </MemoryRouter>,
    );
    const term = await screen.findByRole('region', { name: /Je kunt nog iets doen/ });
    expect(term).toHaveTextContent('Ben je het niet eens met: Wisselen via school of bij oma?');
    expect(term).toHaveTextContent('Een vertrouwenspersoon kan je helpen.');
    expect(term).not.toHaveTextContent(/bezwaar|schriftelijke aanwijzing|vervallen/i);
  });

  it('puts Mijn verhaal on the first screen', async () => {
    await seedCase({ me: naima });
    render(
      <MemoryRouter>
        <HomePage />
      </MemoryRouter>,
    );
    const story = await screen.findByRole('region', { name: 'Mijn verhaal' });
    expect(within(story).getByRole('link', { name: 'Naar mijn verhaal' })).toHaveAttribute(
      'href',
      '/mijn-verhaal',
    );
  });

  it('shows a loading state, then the running term, my contact and my next appointment', async () => {
    await seedCase({
      me: naima,
      involvements: [joyce],
      decisions: [instruction],
      events: [othersVisit, visit],
    });

    render(
      <MemoryRouter>
        <HomePage />
      </MemoryRouter>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Even geduld');

    const term = await screen.findByRole('region', { name: /Let op: je hebt nog maar weinig tijd/ });
    expect(term).toHaveTextContent('Nog 9 dagen om iets te doen tegen: Wisselen via school of bij oma');
    expect(within(term).getByRole('link', { name: 'Wat kan ik doen?' })).toHaveAttribute(
      'href',
      `/besluiten/${instruction.id}#wat-kun-je-doen`,
    );
    const contact = screen.getByRole('region', { name: 'Mijn contactpersoon' });
    expect(contact).toHaveTextContent('Joyce Bakker');
    expect(within(contact).getByRole('link', { name: 'Bel 030-000 4419' })).toHaveAttribute(
      'href',
      'tel:0300004419',
    );
    const next = screen.getByRole('region', { name: 'Eerstvolgende afspraak' });
    expect(next).toHaveTextContent('Huisbezoek van Joyce');
    expect(next).toHaveTextContent('Waar: Bij Naima thuis');
  });

  it('links to every part of Gezien', async () => {
    await seedCase({ me: naima });
    await renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Alles in Gezien' });
    const hrefs = within(nav)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([
      '/betrokken',
      '/besluiten',
      '/afspraken',
      '/mijn-reacties',
      '/rechten',
      '/begrippen',
    ]);
  });

  it('shows on the next visit only what arrived since the last one', async () => {
    await seedCase({ me: naima, decisions: [instruction] });
    const first = await renderApp('/');
    expect(
      await screen.findByRole('region', { name: /Let op: je hebt nog maar weinig tijd/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Nieuw sinds je laatste bezoek' })).not.toBeInTheDocument();
    first.unmount();

    const ots = aDecision({ caseId, title: 'OTS van Sam en Lina' });
    await seedCase({ me: naima, decisions: [instruction, ots], events: [visit] });
    await renderApp('/');

    const news = await screen.findByRole('region', { name: 'Nieuw sinds je laatste bezoek' });
    expect(
      await within(news).findByRole('link', { name: 'Nieuw besluit: OTS van Sam en Lina' }),
    ).toHaveAttribute('href', `/besluiten/${ots.id}`);
    expect(
      within(news).getByRole('link', { name: 'Nieuwe afspraak: Huisbezoek van Joyce' }),
    ).toBeInTheDocument();
    expect(within(news).queryByText(/Wisselen via school/)).not.toBeInTheDocument();
  });

  it('stays calm and plain when there is nothing yet', async () => {
    await seedCase({ me: naima });
    await renderApp('/');

    expect(await screen.findByText('Er is nu geen vaste contactpersoon voor jou.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Let op/ })).not.toBeInTheDocument();
    expect(screen.getByText('Er staat geen afspraak gepland.')).toBeInTheDocument();
  });

  it('works without internet from what is on the device', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await seedCase({ me: naima, involvements: [joyce], decisions: [instruction] });
    await renderApp('/');

    expect(
      await screen.findByRole('region', { name: /Let op: je hebt nog maar weinig tijd/ }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('sync-status')).toHaveTextContent('Geen internet');
  });

  it('greets a young child in words for her and leaves out a term she cannot use herself', async () => {
    const lina = aMember({
      caseId,
      displayName: 'Lina',
      role: 'youth',
      hasCustody: null,
      birthDate: '2019-03-01',
    });
    await seedCase({ me: lina, decisions: [instruction] });
    await renderApp('/');

    expect(await screen.findByText(/Hallo Lina/)).toBeInTheDocument();
    expect(screen.getByText(/Hier zie je wat er nu belangrijk is voor jou/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Let op/ })).not.toBeInTheDocument();
  });
});
