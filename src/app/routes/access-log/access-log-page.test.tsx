import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMe } from '../../../data/repos/me-repo';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMe, newId } from '../../../data/testing/fixtures';
import { initI18n, loadNamespaces } from '../../i18n/i18n';
import { AccessLogPage } from './access-log-page';

// The page fetches online only; the fetch is stubbed at the network boundary.
const caseId = newId();
const entry = {
  at: '2026-03-02T10:15:00.000Z',
  actorName: 'Petra de Vries',
  actorRole: 'professional',
  organisation: 'Jeugdbescherming Midden',
  action: 'read',
  entity: 'decision',
};

beforeEach(async () => {
  await wipeLocalData();
  await initI18n('nl');
  await loadNamespaces('accesslog', 'errors');
  await saveMe(aMe(caseId, newId()));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Wie heeft mijn gegevens bekeken', () => {
  it('lists who looked at what, in words, with the export download', async () => {
    stubApi({ [`GET /api/cases/${caseId}/access-log`]: () => ({ status: 200, body: { entries: [entry] } }) });
    render(
      <MemoryRouter>
        <AccessLogPage />
      </MemoryRouter>,
    );
    expect(await screen.findByText('Petra de Vries')).toBeInTheDocument();
    expect(screen.getByText('Besluiten bekeken')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download mijn gegevens' })).toHaveAttribute(
      'href',
      '/api/me/export',
    );
  });

  it('says internet is needed when offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(
      <MemoryRouter>
        <AccessLogPage />
      </MemoryRouter>,
    );
    expect(await screen.findByText('Je hebt internet nodig om dit te zien.')).toBeInTheDocument();
  });
});
