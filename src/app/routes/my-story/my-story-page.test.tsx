import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMe } from '../../../data/repos/me-repo';
import { applyChanges } from '../../../data/sync/apply-changes';
import { mutate } from '../../../data/sync/mutate';
import { wipeLocalData } from '../../../data/session/wipe-local-data';
import { stubApi } from '../../../data/testing/fake-api';
import { aMe, aMember, newId, put } from '../../../data/testing/fixtures';
import type { Member } from '../../../shared/domain';
import { initI18n, loadNamespaces } from '../../i18n/i18n';
import { MyStoryPage } from './my-story-page';

// Offline: fetch fails; the page reads and writes only IndexedDB (through mutate and the outbox).
const caseId = newId();

async function seed(member: Member) {
  await saveMe(aMe(caseId, member.id));
  await applyChanges([put('member', member)], { cursor: 'c1', lastMutationId: 0, rejections: [] });
}

beforeEach(async () => {
  await wipeLocalData();
  await initI18n('nl');
  await loadNamespaces('mystory');
  stubApi({ 'POST /api/sync/pull': () => 'network-error', 'POST /api/sync/push': () => 'network-error' });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Mijn verhaal', () => {
  it('a parent writes a story for everyone and sees it as not sent yet', async () => {
    await seed(aMember({ caseId, role: 'parent' }));
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <MyStoryPage />
      </MemoryRouter>,
    );

    const everyone = await screen.findByRole('radio', { name: /Iedereen in onze zaak in Gezien/ });
    expect(everyone).toBeChecked();
    expect(everyone).toHaveAccessibleDescription(/Je gezin en de hulpverleners/);
    await user.type(screen.getByLabelText('Jouw verhaal'), 'Ik wil gehoord worden.');
    await user.click(screen.getByRole('button', { name: 'Bewaren en versturen' }));

    expect(await screen.findByText(/Bewaard\. Je verhaal wordt verstuurd/)).toBeInTheDocument();
    const item = await screen.findByTestId('story-item');
    expect(within(item).getByText('Ik wil gehoord worden.')).toBeInTheDocument();
    expect(within(item).getByText('Nog niet verstuurd')).toBeInTheDocument();
  });

  it('keeps what is typed on the device when the page closes, and forgets it once it is sent', async () => {
    await seed(aMember({ caseId, role: 'parent' }));
    const user = userEvent.setup();
    const page = () => (
      <MemoryRouter>
        <MyStoryPage />
      </MemoryRouter>
    );
    const first = render(page());
    await user.type(await screen.findByLabelText('Jouw verhaal'), 'Half geschreven verhaal');
    await user.click(screen.getByRole('radio', { name: /Alleen de hulpverleners/ }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    first.unmount();

    const second = render(page());
    expect(await screen.findByDisplayValue('Half geschreven verhaal')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Alleen de hulpverleners/ })).toBeChecked();
    expect(screen.getByText(/Je woorden van eerder staan er nog/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bewaren en versturen' }));
    expect(await screen.findByText(/Bewaard\. Je verhaal wordt verstuurd/)).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 500));
    second.unmount();

    render(page());
    await screen.findByTestId('story-item');
    expect(screen.getByLabelText('Jouw verhaal')).toHaveValue('');
  });

  it('a young person starts with only the professionals', async () => {
    await seed(aMember({ caseId, role: 'youth', birthDate: '2013-05-01', hasCustody: false }));
    render(
      <MemoryRouter>
        <MyStoryPage />
      </MemoryRouter>,
    );

    expect(await screen.findByRole('radio', { name: /Alleen de hulpverleners/ })).toBeChecked();
  });

  it('an empty story is not saved and says what to do', async () => {
    await seed(aMember({ caseId, role: 'parent' }));
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <MyStoryPage />
      </MemoryRouter>,
    );

    await user.click(await screen.findByRole('button', { name: 'Bewaren en versturen' }));

    expect(await screen.findByText('Schrijf eerst iets in het vak.')).toBeInTheDocument();
    expect(screen.getByText('Je hebt nog niets geschreven.')).toBeInTheDocument();
  });

  it('a story the server did not accept shows why, with the words still there', async () => {
    await seed(aMember({ caseId, role: 'parent' }));
    await mutate('perspective.add', {
      id: newId(),
      caseId,
      subject: { type: 'case', id: caseId },
      stance: 'story',
      text: 'Mijn woorden blijven.',
      audience: 'everyone',
    });
    await applyChanges([], {
      cursor: 'c2',
      lastMutationId: 1,
      rejections: [{ mutationId: 1, code: 'forbidden' }],
    });
    render(
      <MemoryRouter>
        <MyStoryPage />
      </MemoryRouter>,
    );

    const item = await screen.findByTestId('story-item');
    expect(
      within(item).getByText('Niet geaccepteerd, omdat je dit niet mag doen in dit dossier'),
    ).toBeInTheDocument();
    expect(within(item).getByText('Mijn woorden blijven.')).toBeInTheDocument();
    // Said out loud too, not only shown: a status region a screen reader announces.
    expect(
      screen
        .getAllByRole('status')
        .some(
          (region) =>
            region.textContent === '1 verhaal is niet geaccepteerd. Je tekst staat nog op dit apparaat.',
        ),
    ).toBe(true);
  });

  it('changing the story keeps the earlier versions the server sends, with their dates', async () => {
    const me = aMember({ caseId, role: 'parent' });
    await seed(me);
    const story = {
      id: newId(),
      caseId,
      authorMemberId: me.id,
      subject: { type: 'case' as const, id: caseId },
      stance: 'story' as const,
      text: 'Nieuwste versie.',
      houses: null,
      audience: 'everyone' as const,
      correctionStatus: null,
      correctionReason: null,
      readBy: [],
      history: [{ text: 'Eerste versie.', houses: null, replacedAt: '2026-03-02T10:00:00.000Z' }],
      withdrawn: false,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
    };
    await applyChanges([put('perspective', story)], { cursor: 'c2' });
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <MyStoryPage />
      </MemoryRouter>,
    );
    const item = await screen.findByTestId('story-item');
    expect(await within(item).findByText('Laatst veranderd op 2 maart')).toBeInTheDocument();
    await user.click(within(item).getByText('1 eerdere versie'));
    expect(within(item).getByText('Eerste versie.')).toBeVisible();

    await user.click(within(item).getByRole('button', { name: 'Aanpassen' }));
    const box = within(item).getByLabelText('Jouw verhaal, aangepast');
    await user.clear(box);
    await user.type(box, 'Derde versie.');
    await user.click(within(item).getByRole('button', { name: 'Wijziging bewaren' }));
    expect(await within(item).findByText('2 eerdere versies')).toBeInTheDocument();
    expect(await within(item).findByText('Derde versie.')).toBeInTheDocument();
  });

  it('counts down the month the organisation has to answer an open correction request', async () => {
    const me = aMember({ caseId, role: 'parent' });
    await seed(me);
    const writtenAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const request = {
      id: newId(),
      caseId,
      authorMemberId: me.id,
      subject: { type: 'case', id: caseId },
      stance: 'outdated',
      text: 'Sam woont niet meer bij oma.',
      houses: null,
      audience: 'professionals',
      correctionStatus: 'open',
      correctionReason: null,
      readBy: [],
      withdrawn: false,
      createdAt: writtenAt,
      updatedAt: writtenAt,
    };
    await applyChanges([put('perspective', request)], { cursor: 'c2', lastMutationId: 0, rejections: [] });
    render(<MyStoryPage />);

    const item = await screen.findByText('Sam woont niet meer bij oma.');
    const card = item.closest('article') as HTMLElement;
    expect(card).toHaveTextContent(
      /De organisatie moet binnen een maand antwoorden: uiterlijk .*\. Nog 2\d dagen\./,
    );
    expect(within(card).getByText(/Algemene verordening gegevensbescherming/)).toBeInTheDocument();
  });
});
