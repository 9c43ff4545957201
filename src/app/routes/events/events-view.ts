// What Afspraken shows, as plain data: upcoming events first (soonest on top), then past ones
// (latest on top), each with the names of who will be there. Pure, so the rules are unit-tested.
import type { CaseEvent, Involvement, Member } from '../../../shared/domain';

export interface Attendee {
  id: string;
  name: string;
  /** For people involved: their role key, to say what they do. */
  roleKey?: Involvement['roleKey'];
  isMe: boolean;
}

export interface EventItem {
  event: CaseEvent;
  attendees: Attendee[];
  /** I am one of the invited members. */
  invitesMe: boolean;
}

export interface EventsView {
  upcoming: EventItem[];
  past: EventItem[];
  isEmpty: boolean;
}

/** An event is past once its end (or, without one, its start) has gone by. */
const isPast = (event: CaseEvent, now: string) => (event.endsAt ?? event.startsAt) < now;

export function buildEventsView(
  events: CaseEvent[],
  involvements: Involvement[],
  members: Member[],
  myMemberId: string | null,
  now: string,
): EventsView {
  const involvementById = new Map(involvements.map((i) => [i.id, i]));
  const memberById = new Map(members.map((m) => [m.id, m]));

  const toItem = (event: CaseEvent): EventItem => {
    // Ids I cannot see (hidden from me, or not synced yet) are left out rather than shown as unknown.
    const people = event.withInvolvements.flatMap((id) => {
      const involvement = involvementById.get(id);
      return involvement
        ? [
            {
              id,
              name: involvement.personName || involvement.organisation,
              roleKey: involvement.roleKey,
              isMe: false,
            },
          ]
        : [];
    });
    const invited = event.invitedMembers.flatMap((id) => {
      const member = memberById.get(id);
      return member ? [{ id, name: member.displayName, isMe: id === myMemberId }] : [];
    });
    return {
      event,
      attendees: [...invited, ...people],
      invitesMe: myMemberId !== null && event.invitedMembers.includes(myMemberId),
    };
  };

  const byStart = (a: CaseEvent, b: CaseEvent) => a.startsAt.localeCompare(b.startsAt);
  return {
    upcoming: events
      .filter((e) => !isPast(e, now))
      .sort(byStart)
      .map(toItem),
    past: events
      .filter((e) => isPast(e, now))
      .sort((a, b) => byStart(b, a))
      .map(toItem),
    isEmpty: events.length === 0,
  };
}
