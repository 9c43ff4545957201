import { describe, expect, it } from 'vitest';
import type { CaseEvent, Decision } from '../../../shared/domain';
import { upcomingOf } from './overview-view';

const caseId = '9e21e000-0001-4000-8000-000000000001';
const decision = (extra: Partial<Decision>): Decision => ({
  id: crypto.randomUUID(),
  caseId,
  kind: 'ots',
  title: 'OTS',
  summary: '',
  decidedBy: null,
  decidedOn: '2026-01-01',
  startsOn: '2026-01-01',
  endsOn: null,
  reviewOn: null,
  legalBasis: null,
  meaning: { parent: '', youth: '' },
  nextSteps: '',
  status: 'in-effect',
  sharedWithNetwork: false,
  ...extra,
});
const event = (startsAt: string): CaseEvent => ({
  id: crypto.randomUUID(),
  caseId,
  kind: 'meeting',
  title: `Gesprek ${startsAt}`,
  startsAt,
  endsAt: null,
  place: null,
  withInvolvements: [],
  invitedMembers: [],
  prepareNote: null,
});

describe('Binnenkort on the case overview', () => {
  const today = '2026-03-01';
  const now = '2026-03-01T09:00:00.000Z';

  it('puts appointments, running objection terms and decisions that end soonest first', () => {
    const ending = decision({
      title: 'Aanwijzing',
      kind: 'schriftelijke-aanwijzing',
      decidedOn: '2026-02-25',
      endsOn: '2026-06-01',
    });
    const items = upcomingOf([ending], [event('2026-03-20T10:00:00.000Z')], today, now);
    expect(items.map((item) => item.kind)).toEqual(['objection', 'event', 'decision-ends']);
    expect(items[0]).toMatchObject({ title: 'Aanwijzing' });
  });

  it('leaves out what is past and decisions that have ended', () => {
    const past = decision({ endsOn: '2026-02-01', decidedOn: '2025-01-01' });
    const ended = decision({ status: 'ended', endsOn: '2026-09-01', decidedOn: '2025-01-01' });
    expect(upcomingOf([past, ended], [event('2026-02-01T10:00:00.000Z')], today, now)).toEqual([]);
  });
});
