import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMe } from '../../data/repos/me-repo';
import { wipeLocalData } from '../../data/session/wipe-local-data';
import { stubApi } from '../../data/testing/fake-api';
import { aMe, newId } from '../../data/testing/fixtures';
import { announceUpdate } from '../pwa/update-store';
import { renderApp } from '../testing/render-app';

let fetchSpy: ReturnType<typeof stubApi>;
beforeEach(async () => {
  await wipeLocalData();
  fetchSpy = stubApi({
    'POST /api/sync/pull': () => 'network-error',
    'POST /api/sync/push': () => 'network-error',
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('safety on every screen', () => {
  it('offers Snel weg and help on the login page too', async () => {
    await renderApp('/login');
    expect(await screen.findByRole('button', { name: 'Snel weg' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ik voel me niet veilig' })).toBeInTheDocument();
  });

  it('"Ik voel me niet veilig" shows 112, Veilig Thuis and De Kindertelefoon without calling the server', async () => {
    await saveMe(aMe(newId(), newId()));
    const { user } = await renderApp('/betrokken');
    const calls = fetchSpy.mock.calls.length;

    await user.click(await screen.findByRole('button', { name: 'Ik voel me niet veilig' }));

    const panel = screen.getByRole('region', { name: 'Hulp als je je niet veilig voelt' });
    const links = within(panel)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual(['tel:112', 'tel:08002000', 'tel:08000432']);
    expect(within(panel).getByText(/Veilig Thuis: 0800-2000/)).toBeInTheDocument();
    expect(fetchSpy.mock.calls.length).toBe(calls);
    expect(localStorage.length).toBe(0);
  });
});

describe('update offer', () => {
  it('does not update while Mijn verhaal holds unsaved text, and says why', async () => {
    const caseId = newId();
    await saveMe(aMe(caseId, newId()));
    const apply = vi.fn();
    const { user } = await renderApp('/mijn-verhaal');
    await user.type(await screen.findByRole('textbox', { name: /verhaal/i }), 'Nog niet bewaard');
    announceUpdate(apply);

    await user.click(await screen.findByRole('button', { name: 'Nu bijwerken' }));

    expect(apply).not.toHaveBeenCalled();
    expect(screen.getByText(/Bewaar of verstuur die eerst/)).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: /verhaal/i }));
    await user.click(screen.getByRole('button', { name: 'Nu bijwerken' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
