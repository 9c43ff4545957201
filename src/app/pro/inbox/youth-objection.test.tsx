import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listOutbox } from '../../../data/sync/pending';
import { aMember, aPerspective, newId, put } from '../../../data/testing/fixtures';
import { todayInNl } from '../../../shared/catalog/dates';
import { startOfflineConsole } from '../../testing/offline-console';
import { renderApp } from '../../testing/render-app';

// POLICY.md / decision 013: the professional records that a youth of 12–15 does not want a parent
// to read something they wrote; from 16 the youth decides in the app, so the choice is not offered.
const caseId = newId();
const yearsAgo = (years: number) => `${Number(todayInNl().slice(0, 4)) - years}${todayInNl().slice(4)}`;
const pro = aMember({ caseId, displayName: 'Joyce Bakker', role: 'professional', hasCustody: null });
const naima = aMember({ caseId, displayName: 'Naima', role: 'parent' });
const daan = aMember({ caseId, displayName: 'Daan', role: 'parent' });
const sam = aMember({ caseId, displayName: 'Sam', role: 'youth', hasCustody: null, birthDate: yearsAgo(13) });
const lina = aMember({
  caseId,
  displayName: 'Lina',
  role: 'youth',
  hasCustody: null,
  birthDate: yearsAgo(16),
});
const wordsOf = (authorMemberId: string) => aPerspective({ caseId, authorMemberId });
const samsWords = wordsOf(sam.id);
const linasWords = wordsOf(lina.id);

beforeEach(async () => {
  await startOfflineConsole({
    caseId,
    memberships: [{ caseId, memberId: pro.id }],
    changes: [pro, naima, daan, sam, lina]
      .map((m) => put('member', m))
      .concat([put('perspective', samsWords), put('perspective', linasWords)]),
  });
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
});
afterEach(() => vi.restoreAllMocks());

describe("a youth's wish that a parent does not read it", { timeout: 30_000 }, () => {
  it('is recorded per parent for a youth of 13, and can be taken back', async () => {
    const { user } = await renderApp(`/pro/inbox/${samsWords.id}`);
    const daanBox = () => screen.getByRole('checkbox', { name: 'Daan (ouder)' });
    await screen.findByRole('checkbox', { name: 'Daan (ouder)' }, { timeout: 10_000 });
    expect(screen.getByRole('group', { name: 'Niet laten zien aan' })).toHaveAccessibleDescription(
      /12 tot en met 15 jaar/,
    );
    expect(screen.getByRole('checkbox', { name: 'Naima (ouder)' })).not.toBeChecked();

    await user.click(daanBox());
    await vi.waitFor(() => expect(daanBox()).toBeChecked());
    expect((await listOutbox()).at(-1)).toMatchObject({
      name: 'perspective.setObjection',
      args: { id: samsWords.id, parentMemberId: daan.id, objects: true },
    });

    await user.click(daanBox());
    // The box follows the stored row: unticked again once the local copy has Daan out of hiddenFrom.
    await vi.waitFor(() => expect(daanBox()).not.toBeChecked());
    expect((await listOutbox()).at(-1)).toMatchObject({ args: { parentMemberId: daan.id, objects: false } });
  });

  it('is not offered for a youth of 16, who decides this in the app', async () => {
    await renderApp(`/pro/inbox/${linasWords.id}`);
    await screen.findByRole('heading', { name: /Verhaal/ }, { timeout: 10_000 });
    expect(screen.queryByRole('group', { name: 'Niet laten zien aan' })).not.toBeInTheDocument();
  });
});
