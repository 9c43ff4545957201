import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveMe } from '../../../data/repos/me-repo';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMe, newId } from '../../../data/testing/fixtures';
import { changeLanguage } from '../../i18n/i18n';
import { renderApp } from '../../testing/render-app';

beforeEach(async () => {
  await wipeLocalData();
  localStorage.clear();
  stubApi({ 'POST /api/sync/pull': () => 'network-error' });
  await saveMe(aMe(newId(), newId()));
});
afterEach(async () => {
  await changeLanguage('nl');
  localStorage.clear();
});

describe('Taal in Veiligheid en instellingen', () => {
  it('switches to Arabic: right to left on the document, remembered on this device', async () => {
    const { user } = await renderApp('/instellingen');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Taal' })).closest('section')!;
    const select = within(section).getByLabelText('Taal');
    // Every language is offered in its own words, marked with its own language.
    expect(within(select).getByRole('option', { name: 'العربية' })).toHaveAttribute('lang', 'ar');

    await user.selectOptions(select, 'ar');

    expect(await screen.findByRole('heading', { level: 1, name: 'الأمان والإعدادات' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(localStorage.getItem('gezien.language')).toBe('ar');

    await user.selectOptions(within(section).getByLabelText('اللغة'), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Safety and settings' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });
});
