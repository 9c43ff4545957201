import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import rights from '../../../../locales/nl/rights.json';
import { saveMe } from '../../../data/repos/me-repo';
import { applyChanges } from '../../../data/sync/apply-changes';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMe, aMember, anInvolvement, newId, put } from '../../../data/testing/fixtures';
import { addDays, addMonths, todayInNl } from '../../../shared/catalog/dates';
import type { Involvement, Member } from '../../../shared/domain';
import { renderApp } from '../../testing/render-app';

const caseId = newId();
const today = todayInNl();
/** Born so that the young person turns `age` on `today` plus `days`. */
const bornToTurn = (age: number, days = 0) => addMonths(addDays(today, days), -12 * age);

async function seed(me: Member, others: Member[] = [], involvements: Involvement[] = []) {
  await saveMe(aMe(caseId, me.id));
  await applyChanges(
    [...[me, ...others].map((m) => put('member', m)), ...involvements.map((i) => put('involvement', i))],
    { cursor: 'c1' },
  );
}

beforeEach(async () => {
  await wipeLocalData();
  stubApi({ 'POST /api/sync/pull': () => 'network-error' });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A paragraph by its whole text: hard words inside it are buttons of their own. */
const paragraph = (text: string) => (_: string, element: Element | null) =>
  element?.tagName === 'P' && element.textContent === text;

const youth = (birthDate: string) =>
  aMember({ caseId, displayName: 'Sam', role: 'youth', hasCustody: null, birthDate });

describe('Mijn rechten', () => {
  it('tells an 11-year-old, the day before turning 12, that reading the file comes with the birthday', async () => {
    await seed(youth(bornToTurn(12, 1)));
    await renderApp('/rechten');

    expect(await screen.findByRole('heading', { level: 2, name: 'Jij bent 11 jaar' })).toBeInTheDocument();
    expect(screen.queryByText(rights.right['see-file'].title)).not.toBeInTheDocument();
    expect(screen.getByText(rights.changes.youth.at12)).toBeInTheDocument();
    expect(screen.getByText(/word je 12/)).toBeInTheDocument();
    expect(document.title).toBe('Mijn rechten – Gezien');
  });

  it('gives a young person who turns 12 today the right to read their own file', async () => {
    await seed(youth(bornToTurn(12)));
    const { user } = await renderApp('/rechten');

    expect(await screen.findByRole('heading', { level: 2, name: 'Jij bent 12 jaar' })).toBeInTheDocument();
    await user.click(screen.getByText(rights.right['see-file'].title));
    expect(screen.getByText(paragraph(rights.right['see-file'].text_youth))).toBeVisible();
    expect(
      screen.getByText(
        'Jeugdwet, artikelen 7.3.10 en 7.3.15; Algemene verordening gegevensbescherming (de Europese privacywet, AVG), artikelen 12 en 15',
      ),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Wie heeft mijn gegevens bekeken' })).toHaveAttribute(
      'href',
      '/toegang',
    );
    expect(screen.getByText(/word je 16/)).toBeInTheDocument();
  });

  it('tells a parent of a 16-year-old that they need their child’s consent to read the file', async () => {
    const parent = aMember({ caseId, displayName: 'Naima', role: 'parent', hasCustody: true });
    await seed(parent, [youth(bornToTurn(16, -30))]);
    const { user } = await renderApp('/rechten');

    const child = await screen.findByRole('region', { name: 'Sam, 16 jaar' });
    expect(within(child).getByText(rights.band['16-17'].introParent)).toBeInTheDocument();
    await user.click(within(child).getByText(rights.right['parents-need-consent'].title));
    expect(within(child).getByText(paragraph(rights.right['parents-need-consent'].text))).toBeVisible();
    expect(within(child).queryByText(rights.right['see-file'].title)).not.toBeInTheDocument();
  });

  it('lets a parent of two children choose the child, each with their own age', async () => {
    const parent = aMember({ caseId, displayName: 'Naima', role: 'parent', hasCustody: true });
    const lina = aMember({ caseId, displayName: 'Lina', role: 'youth', birthDate: bornToTurn(7, -100) });
    await seed(parent, [youth(bornToTurn(12, -10)), lina]);
    const { user } = await renderApp('/rechten');

    const choice = await screen.findByRole('group', { name: 'Over welk kind?' });
    expect(within(choice).getByRole('button', { name: 'Sam, 12 jaar' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('region', { name: 'Sam, 12 jaar' })).toBeInTheDocument();

    await user.click(within(choice).getByRole('button', { name: 'Lina, 7 jaar' }));

    const region = screen.getByRole('region', { name: 'Lina, 7 jaar' });
    expect(within(region).getByText(rights.band['under-12'].introParent)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Sam, 12 jaar' })).not.toBeInTheDocument();
  });

  it('offers the vertrouwenspersoon of Jeugdstem as a phone link, and our own one by name', async () => {
    const me = youth(bornToTurn(12, -10));
    const ours = anInvolvement({
      caseId,
      roleKey: 'vertrouwenspersoon',
      personName: 'Ilse Jansen',
      organisation: 'Jeugdstem',
      contact: { phone: '088-555 1000', email: null, hours: null },
    });
    await seed(me, [], [ours]);
    await renderApp('/rechten');

    const help = await screen.findByRole('region', { name: 'Wie kan je helpen?' });
    const jeugdstem = within(help).getByRole('article', { name: rights.contact.jeugdstem.name });
    expect(within(jeugdstem).getByRole('link', { name: 'Bel 088-555 1000' })).toHaveAttribute(
      'href',
      'tel:0885551000',
    );
    expect(within(help).getByText('In jullie zaak: Ilse Jansen')).toBeInTheDocument();
    expect(within(help).getByRole('article', { name: 'De klachtencommissie' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Bel 088-555 1000' })[0]).toHaveAttribute(
      'href',
      'tel:0885551000',
    );
  });
});
