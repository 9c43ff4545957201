import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import roles from '../../../../locales/nl/roles.json';
import { saveMe } from '../../../data/repos/me-repo';
import { applyChanges } from '../../../data/sync/apply-changes';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMe, aMember, anInvolvement, newId, put } from '../../../data/testing/fixtures';
import type { Involvement, Member } from '../../../shared/domain';
import { initI18n, loadNamespaces } from '../../i18n/i18n';
import { renderApp } from '../../testing/render-app';
import { InvolvedPage } from './involved-page';

// The network is stubbed at fetch (offline here); the page reads only the seeded IndexedDB.
const caseId = newId();
const me = aMember({ caseId, displayName: 'Naima', role: 'parent' });
const myContact = anInvolvement({
  caseId,
  roleKey: 'gi',
  organisation: 'Jeugdbescherming Midden',
  personName: 'Petra de Vries',
  function: 'Jeugdbeschermer',
  contact: { phone: '030 123 45 67', email: 'p.devries@example.org', hours: 'ma–do 9–17 uur' },
  contactFor: [me.id],
  since: '2025-02-01',
});
const earlierContact = anInvolvement({
  caseId,
  roleKey: 'gi',
  organisation: 'Jeugdbescherming Midden',
  personName: 'Jan Bakker',
  contactFor: [me.id],
  since: '2024-03-01',
  until: '2025-01-31',
});
const school = anInvolvement({ caseId, roleKey: 'school', personName: 'Karin Smit', contact: undefined });

async function seed(member: Member, involvements: Involvement[]) {
  await saveMe(aMe(caseId, member.id));
  await applyChanges([put('member', member), ...involvements.map((i) => put('involvement', i))], {
    cursor: 'c1',
  });
}

beforeEach(async () => {
  await wipeLocalData();
  await initI18n('nl');
  stubApi({ 'POST /api/sync/pull': () => 'network-error' });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Wie is betrokken', () => {
  it('shows a loading state, then my contact person first with a phone link', async () => {
    await seed(me, [school, myContact, earlierContact]);
    await loadNamespaces('involved', 'roles');

    render(<InvolvedPage />);
    expect(screen.getByRole('status')).toHaveTextContent('Even geduld');

    const mine = await screen.findByRole('region', { name: 'Mijn contactpersoon' });
    expect(within(mine).getByRole('heading', { level: 3, name: 'Petra de Vries' })).toBeInTheDocument();
    expect(within(mine).getByText(roles.role.gi.name)).toBeInTheDocument();
    expect(within(mine).getByText(roles.role.gi.what)).toBeInTheDocument();
    expect(within(mine).getByRole('link', { name: 'Bel 030 123 45 67' })).toHaveAttribute(
      'href',
      'tel:0301234567',
    );
    expect(within(mine).getByRole('link', { name: /p.devries@example.org/ })).toHaveAttribute(
      'href',
      'mailto:p.devries@example.org',
    );
    expect(within(mine).getByText('Sinds 1 februari 2025')).toBeInTheDocument();
    expect(screen.getAllByRole('article')[0]).toHaveAccessibleName('Petra de Vries');
    expect(
      screen.getByRole('heading', { level: 3, name: roles.group['daily-life'].name }),
    ).toBeInTheDocument();
  });

  it('shows earlier contacts with their dates and says when my contact changed', async () => {
    await seed(me, [myContact, earlierContact]);
    await renderApp('/betrokken');

    const earlier = await screen.findByRole('region', { name: 'Eerdere contactpersonen' });
    expect(within(earlier).getByRole('heading', { name: 'Jan Bakker' })).toBeInTheDocument();
    expect(within(earlier).getByText('Van 1 maart 2024 tot 31 januari 2025')).toBeInTheDocument();
    expect(
      screen.getByText('Je contactpersoon is veranderd op 1 februari 2025. Eerst was dat Jan Bakker.'),
    ).toBeInTheDocument();
  });

  it('offers no phone link when the contact details are hidden from me', async () => {
    await seed(me, [school]);
    await renderApp('/betrokken');

    const card = await screen.findByRole('article', { name: 'Karin Smit' });
    expect(within(card).queryByRole('link')).not.toBeInTheDocument();
  });

  it('tells a young person in words written for them what someone does', async () => {
    const sam = aMember({ caseId, displayName: 'Sam', role: 'youth', hasCustody: null });
    await seed(sam, [{ ...myContact, contactFor: [sam.id] }]);
    await renderApp('/betrokken');

    expect(await screen.findByText(roles.role.gi.what_youth)).toBeInTheDocument();
    // What they may and may not decide, too, in the simpler words (i18next context 'youth').
    expect(screen.getByText(roles.role.gi.mayDecide_youth)).toBeInTheDocument();
    expect(screen.getByText(roles.role.gi.mayNotDecide_youth)).toBeInTheDocument();
    expect(screen.queryByText(roles.role.gi.mayDecide)).not.toBeInTheDocument();
  });

  it('says plainly when nobody has been added yet', async () => {
    await seed(me, []);
    await renderApp('/betrokken');

    expect(await screen.findByText('Er zijn nog geen mensen toegevoegd.')).toBeInTheDocument();
  });
});
