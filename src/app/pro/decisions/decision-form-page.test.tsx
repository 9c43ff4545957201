import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listOutbox } from '../../../data/sync/pending';
import { aMember, newId, put } from '../../../data/testing/fixtures';
import { startOfflineConsole } from '../../testing/offline-console';
import { renderApp } from '../../testing/render-app';

// The console's decision form over the real router and IndexedDB (offline: the network is stubbed).
const caseId = newId();
const naima = aMember({ caseId, displayName: 'Naima', role: 'parent' });
const longDate = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

beforeEach(async () => {
  await startOfflineConsole({ caseId, changes: [put('member', naima)] });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function openForm() {
  const app = await renderApp(`/pro/dossier/${caseId}/besluiten/nieuw`);
  await screen.findByRole('combobox', { name: /Soort maatregel/ }, { timeout: 10_000 });
  return app;
}

async function fillRequired(user: Awaited<ReturnType<typeof openForm>>['user']) {
  await user.type(screen.getByRole('textbox', { name: /Titel/ }), 'OTS van Sam');
  await user.type(
    screen.getByRole('textbox', { name: /Uitleg voor ouders/ }),
    'Er komt een jeugdbeschermer.',
  );
  await user.type(screen.getByRole('textbox', { name: /Uitleg voor de jongere/ }), 'Er komt iemand helpen.');
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
}

describe('recording a decision in the console', { timeout: 30_000 }, () => {
  it('fills in the articles and the longest end from the catalogue, and computes the deadline to object', async () => {
    const { user } = await openForm();
    const decidedOn = screen.getByLabelText(/Datum van het besluit/);
    await user.clear(decidedOn);
    await user.type(decidedOn, '2026-03-01');
    const startsOn = screen.getByLabelText(/Gaat in op/);
    await user.clear(startsOn);
    await user.type(startsOn, '2026-03-01');

    expect(screen.getByLabelText(/Wetsartikel/)).toHaveValue('BW 1:255, 1:258');
    expect(screen.getByLabelText(/Loopt tot/)).toHaveValue('2027-03-01');
    const routes = screen.getByTestId('objection-routes');
    expect(
      within(routes)
        .getByText(/Hoger beroep/)
        .closest('li'),
    ).toHaveTextContent(`kan tot en met ${longDate('2026-06-01')}`);

    // A schriftelijke aanwijzing: 2 weeks to ask the judge, no end date of its own.
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Soort maatregel/ }),
      'schriftelijke-aanwijzing',
    );
    expect(screen.getByLabelText(/Wetsartikel/)).toHaveValue('BW 1:263, 1:264');
    expect(screen.getByLabelText(/Loopt tot/)).toHaveValue('');
    expect(
      within(routes)
        .getByText(/aanwijzing te laten vervallen/)
        .closest('li'),
    ).toHaveTextContent(`kan tot en met ${longDate('2026-03-15')}`);
  });

  it('refuses an OTS longer than the law allows and an end before the start, each tied to its field', async () => {
    const { user } = await openForm();
    await user.type(screen.getByRole('textbox', { name: /Titel/ }), 'OTS van Sam');
    await user.type(
      screen.getByRole('textbox', { name: /Uitleg voor ouders/ }),
      'Er komt een jeugdbeschermer.',
    );
    await user.type(
      screen.getByRole('textbox', { name: /Uitleg voor de jongere/ }),
      'Er komt iemand helpen.',
    );
    const startsOn = screen.getByLabelText(/Gaat in op/);
    await user.clear(startsOn);
    await user.type(startsOn, '2026-03-01');
    const endsOn = screen.getByLabelText(/Loopt tot/);
    await user.clear(endsOn);
    await user.type(endsOn, '2027-04-01');
    await user.click(screen.getByRole('button', { name: 'Besluit opslaan' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    const tooLong = `\\(OTS\\) mag volgens de wet niet langer duren dan tot en met ${longDate('2027-03-01')}\\.`;
    expect(within(summary).getByRole('link', { name: new RegExp(tooLong) })).toHaveAttribute(
      'href',
      '#decision-ends-on',
    );
    expect(endsOn).toHaveAttribute('aria-invalid', 'true');
    expect(endsOn).toHaveAccessibleDescription(new RegExp(tooLong));

    await user.clear(endsOn);
    await user.type(endsOn, '2026-02-01');
    await user.click(screen.getByRole('button', { name: 'Besluit opslaan' }));
    expect(
      await screen.findByRole('link', { name: 'Het einde moet na het begin liggen.' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Titel/ })).toHaveValue('OTS van Sam');
    expect(await listOutbox()).toEqual([]);
  });

  it('asks for a title, both explanations and a reason to withhold from a named member', async () => {
    const { user } = await openForm();
    await user.click(screen.getByRole('checkbox', { name: 'Verbergen voor Naima' }));
    await user.click(screen.getByRole('button', { name: 'Besluit opslaan' }));
    const summary = await screen.findByRole('alert');
    for (const message of [
      'Vul een titel in.',
      'Schrijf uit wat dit besluit betekent voor de ouders.',
      'Schrijf uit wat dit besluit betekent voor de jongere.',
      'Schrijf op waarom dit voor deze persoon verborgen blijft.',
    ]) {
      expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
    }
    expect(screen.getByRole('textbox', { name: /Waarom verborgen voor Naima/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('keeps what must change before the measure ends, each point a concern with its goal', async () => {
    const { user } = await openForm();
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Punt toevoegen' }));
    const point = screen.getByRole('group', { name: 'Punt 1' });
    expect(within(point).getByRole('textbox', { name: /Zorg/ })).toHaveFocus();
    await user.type(within(point).getByRole('textbox', { name: /Zorg/ }), 'Sam gaat vaak niet naar school.');
    await user.type(
      within(point).getByRole('textbox', { name: /Wat moet er veranderen/ }),
      'Sam gaat elke dag naar school.',
    );
    // A second point, added and removed again, is not sent.
    await user.click(screen.getByRole('button', { name: 'Punt toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Punt 2 weghalen' }));
    expect(screen.getByRole('button', { name: 'Punt toevoegen' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Besluit opslaan' }));

    expect(await screen.findByText(/Opgeslagen op dit apparaat/)).toBeInTheDocument();
    const [entry] = await listOutbox();
    expect(entry?.args).toMatchObject({
      value: {
        toEnd: [{ concern: 'Sam gaat vaak niet naar school.', goal: 'Sam gaat elke dag naar school.' }],
      },
    });
  });

  it('refuses a point without a goal, tied to its field, and sends nothing', async () => {
    const { user } = await openForm();
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Punt toevoegen' }));
    const point = screen.getByRole('group', { name: 'Punt 1' });
    await user.type(within(point).getByRole('textbox', { name: /Zorg/ }), 'Sam gaat vaak niet naar school.');
    await user.click(screen.getByRole('button', { name: 'Besluit opslaan' }));

    const message = 'Schrijf op wat er moet veranderen, of haal dit punt weg.';
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#to-end-0-goal');
    const goal = within(point).getByRole('textbox', { name: /Wat moet er veranderen/ });
    expect(goal).toHaveAttribute('aria-invalid', 'true');
    expect(goal).toHaveAccessibleDescription(message);
    expect(within(point).getByRole('textbox', { name: /Zorg/ })).toHaveValue(
      'Sam gaat vaak niet naar school.',
    );
    expect(await listOutbox()).toEqual([]);
  });

  it('saves a valid decision offline to the outbox and opens it', async () => {
    const { user, router } = await openForm();
    await user.type(screen.getByRole('textbox', { name: /Titel/ }), 'OTS van Sam');
    await user.type(
      screen.getByRole('textbox', { name: /Uitleg voor ouders/ }),
      'Er komt een jeugdbeschermer.',
    );
    await user.type(
      screen.getByRole('textbox', { name: /Uitleg voor de jongere/ }),
      'Er komt iemand helpen.',
    );
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: 'Besluit opslaan' }));

    expect(await screen.findByText(/Opgeslagen op dit apparaat/)).toBeInTheDocument();
    const [entry] = await listOutbox();
    expect(entry).toMatchObject({
      name: 'decision.put',
      caseId,
      args: {
        value: { kind: 'ots', title: 'OTS van Sam', legalBasis: 'BW 1:255, 1:258', status: 'in-effect' },
      },
    });
    expect(router.state.location.pathname).toMatch(/\/besluiten\/[0-9a-f-]{36}$/);
    expect(await screen.findByRole('heading', { level: 1, name: 'OTS van Sam' })).toBeInTheDocument();
  });
});
