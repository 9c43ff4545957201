import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wipeLocalData } from '../../data/session/wipe-local-data';
import { resetSyncStatus, updateSyncStatus } from '../../data/sync/sync-status-store';
import { initI18n } from '../i18n/i18n';
import { SyncStatus } from './sync-status';

beforeEach(async () => {
  await wipeLocalData();
  await initI18n('nl');
  resetSyncStatus();
});
afterEach(() => resetSyncStatus());

describe('the sync status line', () => {
  it('says online when the phone is online and the last send reached the server', async () => {
    render(<SyncStatus />);
    expect(await screen.findByRole('status')).toHaveTextContent(/^Online/);
  });

  it('does not say online when the last send met no network, even if the phone thinks it is online', async () => {
    render(<SyncStatus />);
    act(() => updateSyncStatus({ lastError: 'offline' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Geen verbinding met de server');
    expect(status).not.toHaveTextContent(/^Online/);
  });
});
