import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMe } from '../../../data/repos/me-repo';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMe, newId } from '../../../data/testing/fixtures';
import { renderApp } from '../../testing/render-app';

let fetchSpy: ReturnType<typeof stubApi>;
beforeEach(async () => {
  await wipeLocalData();
  localStorage.clear();
  fetchSpy = stubApi({ 'POST /api/sync/pull': () => 'network-error' });
  await saveMe(aMe(newId(), newId()));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Veiligheid en instellingen', () => {
  it('refuses a PIN of fewer than 6 digits, and two PINs that differ, saying why', async () => {
    const { user } = await renderApp('/instellingen');
    await user.type(await screen.findByLabelText('Nieuwe pincode'), '12345');
    await user.type(screen.getByLabelText('Herhaal de pincode'), '12345');
    await user.click(screen.getByRole('button', { name: 'Pincode aanzetten' }));
    expect(screen.getByRole('alert')).toHaveTextContent('minstens 6 cijfers');
    expect(screen.getByLabelText('Nieuwe pincode')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText('Nieuwe pincode'));
    await user.type(screen.getByLabelText('Nieuwe pincode'), '482910');
    await user.click(screen.getByRole('button', { name: 'Pincode aanzetten' }));
    expect(screen.getByRole('alert')).toHaveTextContent('niet hetzelfde');
  });

  it('lets a password manager fill the PIN: password fields with new-password, paste allowed', async () => {
    await renderApp('/instellingen');
    const pin = await screen.findByLabelText('Nieuwe pincode');
    expect(pin).toHaveAttribute('type', 'password');
    expect(pin).toHaveAttribute('autocomplete', 'new-password');
    expect(pin).toHaveAttribute('inputmode', 'numeric');
    expect(pin).not.toHaveAttribute('maxlength');
  });

  it('asks nothing about notifications until the button is pressed', async () => {
    await renderApp('/instellingen');
    expect(await screen.findByRole('heading', { name: 'Meldingen' })).toBeInTheDocument();
    expect(fetchSpy.mock.calls.some(([input]) => String(input).includes('/api/push'))).toBe(false);
  });

  it('switches every page title to the neutral name', async () => {
    const { user } = await renderApp('/instellingen');
    await user.click(await screen.findByRole('radio', { name: 'Notities (neutraal)' }));
    expect(document.title).toBe('Notities');
    expect(localStorage.getItem('gezien.identity')).toBe('neutral');
    await user.click(screen.getByRole('radio', { name: 'Gezien' }));
    expect(document.title).toBe('Veiligheid en instellingen – Gezien');
  });
});
