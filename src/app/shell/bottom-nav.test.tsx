import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMe } from '../../data/repos/me-repo';
import { applyChanges } from '../../data/sync/apply-changes';
import { wipeLocalData } from '../../data/session/wipe-local-data';
import { stubApi } from '../../data/testing/fake-api';
import { aMe, newId } from '../../data/testing/fixtures';
import { renderApp } from '../testing/render-app';

beforeEach(async () => {
  await wipeLocalData();
  stubApi({ 'POST /api/sync/pull': () => 'network-error' });
  await saveMe(aMe(newId(), newId()));
  await applyChanges([], { cursor: 'c1' });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('bottom navigation', () => {
  it('marks the page I am on as the current one', async () => {
    await renderApp('/afspraken');

    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Afspraken' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Betrokken' })).not.toHaveAttribute('aria-current');
  });

  it('opens Meer to reach my rights, and Escape closes it again', async () => {
    const { user, router } = await renderApp('/afspraken');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    const more = within(nav).getByRole('button', { name: 'Meer' });

    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(within(nav).queryByRole('link', { name: 'Mijn rechten' })).not.toBeInTheDocument();
    expect(more).toHaveFocus();

    await user.click(more);
    await user.click(within(nav).getByRole('link', { name: 'Mijn rechten' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn rechten' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rechten');
    expect(within(nav).getByRole('button', { name: 'Meer' })).toHaveAttribute('aria-expanded', 'false');
  });
});
