import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import glossary from '../../../../locales/nl/glossary.json';
import { saveMe } from '../../../data/repos/me-repo';
import { applyChanges } from '../../../data/sync/apply-changes';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMe, aMember, newId, put } from '../../../data/testing/fixtures';
import type { Member } from '../../../shared/domain';
import { renderApp } from '../../testing/render-app';

const caseId = newId();

async function seed(me: Member) {
  await saveMe(aMe(caseId, me.id));
  await applyChanges([put('member', me)], { cursor: 'c1' });
}

beforeEach(async () => {
  await wipeLocalData();
  stubApi({ 'POST /api/sync/pull': () => 'network-error' });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const words = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('Begrippen', () => {
  it('lists every word in alphabetical order with its explanation', async () => {
    await seed(aMember({ caseId }));
    await renderApp('/begrippen');

    await screen.findByRole('heading', { level: 1, name: 'Begrippen' });
    const shown = words();
    expect(shown).toHaveLength(Object.keys(glossary.term).length);
    expect(shown).toEqual([...shown].sort((a, b) => a!.localeCompare(b!, 'nl', { sensitivity: 'base' })));
    expect(screen.getByText(glossary.term.ots.explanation)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Begrippen – Gezien'));
  });

  it('narrows the list as I type, also on another name for the same word', async () => {
    await seed(aMember({ caseId }));
    const { user } = await renderApp('/begrippen');

    await user.type(await screen.findByRole('searchbox', { name: 'Zoek een woord' }), 'ondertoezicht');

    expect(words()).toEqual([glossary.term.ots.word, glossary.term['voorlopige-ots'].word]);
    expect(screen.getByText('2 woorden')).toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    await seed(aMember({ caseId }));
    const { user } = await renderApp('/begrippen');

    await user.type(await screen.findByRole('searchbox', { name: 'Zoek een woord' }), 'xyzzy');

    expect(screen.queryAllByRole('heading', { level: 2 })).toHaveLength(0);
    expect(screen.getByText(/Geen woord gevonden voor ‘xyzzy’/)).toBeInTheDocument();
  });

  it('opens at the word in the link and shows a young person their explanation', async () => {
    await seed(aMember({ caseId, role: 'youth', hasCustody: null }));
    await renderApp('/begrippen#ots');

    const item = await screen.findByText(glossary.term.ots.explanation_youth);
    expect(item.closest('li')).toHaveAttribute('id', 'ots');
    expect(item.closest('li')).toHaveClass('term--target');
    expect(within(item.closest('li')!).getByRole('heading')).toHaveTextContent(glossary.term.ots.word);
  });
});
