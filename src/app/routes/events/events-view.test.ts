import { describe, expect, it } from 'vitest';
import { aMember, anInvolvement, newId } from '../../../data/testing/fixtures';
import type { CaseEvent } from '../../../shared/domain';
import { buildEventsView } from './events-view';

const caseId = newId();
const now = '2026-06-01T12:00:00.000Z';

const anEvent = (overrides: Partial<CaseEvent>): CaseEvent => ({
  id: newId(),
  caseId,
  kind: 'meeting',
  title: 'Overleg',
  startsAt: '2026-06-10T09:00:00Z',
  endsAt: null,
  place: null,
  withInvolvements: [],
  invitedMembers: [],
  prepareNote: null,
  ...overrides,
});

describe('buildEventsView', () => {
  it('puts the soonest upcoming event first and the latest past event first', () => {
    const later = anEvent({ startsAt: '2026-07-01T09:00:00Z' });
    const soon = anEvent({ startsAt: '2026-06-02T09:00:00Z' });
    const longAgo = anEvent({ startsAt: '2026-01-01T09:00:00Z' });
    const lastWeek = anEvent({ startsAt: '2026-05-25T09:00:00Z' });

    const view = buildEventsView([later, longAgo, soon, lastWeek], [], [], null, now);

    expect(view.upcoming.map((i) => i.event)).toEqual([soon, later]);
    expect(view.past.map((i) => i.event)).toEqual([lastWeek, longAgo]);
  });

  it('keeps an event that is going on right now among the upcoming ones', () => {
    const running = anEvent({ startsAt: '2026-06-01T11:30:00Z', endsAt: '2026-06-01T12:30:00Z' });
    expect(buildEventsView([running], [], [], null, now).upcoming).toHaveLength(1);
  });

  it('names who will be there and leaves out people I may not see', () => {
    const me = aMember({ caseId, displayName: 'Naima' });
    const joyce = anInvolvement({ caseId, roleKey: 'gi', personName: 'Joyce Bakker' });
    const event = anEvent({ withInvolvements: [joyce.id, newId()], invitedMembers: [me.id] });

    const [item] = buildEventsView([event], [joyce], [me], me.id, now).upcoming;

    expect(item?.attendees.map((a) => a.name)).toEqual(['Naima', 'Joyce Bakker']);
    expect(item?.attendees[0]?.isMe).toBe(true);
    expect(item?.invitesMe).toBe(true);
  });
});
