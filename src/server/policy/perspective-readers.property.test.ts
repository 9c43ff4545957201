import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision, Member, Perspective, Statement } from '../../shared/domain';
import { perspectiveReaders } from '../../shared/sync/perspective-readers';
import type { EntityValue } from '../../shared/sync/protocol';
import { visibleValue } from './read-policy';
import { createReadScope } from './read-scope';

// The preview's readers (shared, used by the app) against the server's read policy (used by pull):
// for every generated case, contribution and member they must agree exactly.
const caseId = '00000000-0000-4000-8000-000000000000';
const today = '2026-06-15';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2026-01-01T09:00:00.000Z';

const someOf = (ids: string[]) => fc.subarray(ids);

const memberArb = (id: string) =>
  fc
    .record({
      role: fc.constantFrom('parent', 'youth', 'network', 'professional') as fc.Arbitrary<Member['role']>,
      // Around the 12th, 16th and 18th birthday, and unknown.
      birthDate: fc.constantFrom(null, '2014-06-16', '2014-06-15', '2010-06-16', '2010-06-15', '2008-06-15'),
      hasCustody: fc.constantFrom(true, false, null),
      youthAllowsParentView: fc.boolean(),
      ended: fc.boolean().map((ended) => (ended ? '2026-01-01' : null)),
    })
    .map((m): Member => ({
      id,
      caseId,
      displayName: `Lid ${id.slice(-2)}`,
      role: m.role,
      hasCustody: m.role === 'parent' ? m.hasCustody : null,
      youthAllowsParentView: m.youthAllowsParentView,
      relation: null,
      birthDate: m.birthDate,
      endedOn: m.ended,
    }));

const caseArb = fc.integer({ min: 1, max: 6 }).chain((count) => {
  const ids = Array.from({ length: count }, (_, i) => uuid(i + 1));
  const decisionId = uuid(100);
  const statementId = uuid(101);
  const eventId = uuid(102);
  const involvementId = uuid(103);
  return fc
    .record({
      members: fc.tuple(...ids.map(memberArb)),
      decisionShared: fc.boolean(),
      decisionHidden: someOf(ids),
      statementHidden: someOf(ids),
      invited: someOf(ids),
      eventHidden: someOf(ids),
      involvementHidden: someOf(ids),
      author: fc.constantFrom(...ids),
      audience: fc.constantFrom('everyone', 'professionals', 'private') as fc.Arbitrary<
        Perspective['audience']
      >,
      subject: fc.constantFrom(
        { type: 'case', id: caseId },
        { type: 'decision', id: decisionId },
        { type: 'statement', id: statementId },
        { type: 'event', id: eventId },
        { type: 'involvement', id: involvementId },
        { type: 'decision', id: uuid(999) },
      ) as fc.Arbitrary<Perspective['subject']>,
      perspectiveHidden: someOf(ids),
    })
    .map((c) => {
      const decision: Decision = {
        id: decisionId,
        caseId,
        kind: 'ots',
        title: 'OTS',
        summary: 'Toezicht',
        decidedBy: null,
        decidedOn: '2026-01-01',
        startsOn: '2026-01-01',
        endsOn: null,
        reviewOn: null,
        legalBasis: 'BW 1:255',
        meaning: { parent: 'p', youth: 'y' },
        nextSteps: 'n',
        status: 'in-effect',
        sharedWithNetwork: c.decisionShared,
        hiddenFrom: c.decisionHidden,
      };
      const statement: Statement = {
        id: statementId,
        caseId,
        decisionId,
        kind: 'fact',
        text: 'reden',
        source: 'school',
        observedOn: '2026-01-01',
        lastCheckedOn: '2026-01-01',
        status: 'current',
        history: [],
        hiddenFrom: c.statementHidden,
      };
      const event: EntityValue<'event'> = {
        id: eventId,
        caseId,
        kind: 'meeting',
        title: 'Gesprek',
        startsAt: at,
        endsAt: null,
        place: null,
        withInvolvements: [],
        invitedMembers: c.invited,
        prepareNote: null,
        hiddenFrom: c.eventHidden,
      };
      const involvement: EntityValue<'involvement'> = {
        id: involvementId,
        caseId,
        roleKey: 'gi',
        organisation: 'GI',
        personName: 'Femke',
        function: null,
        contact: null,
        contactFor: [],
        since: '2026-01-01',
        until: null,
        hiddenFrom: c.involvementHidden,
      };
      const perspective: Perspective = {
        id: uuid(200),
        caseId,
        authorMemberId: c.author,
        subject: c.subject,
        stance: 'disagree',
        text: 'Mijn kant',
        houses: null,
        audience: c.audience,
        correctionStatus: null,
        correctionReason: null,
        readBy: [],
        withdrawn: false,
        createdAt: at,
        updatedAt: at,
        hiddenFrom: c.perspectiveHidden,
      };
      return { members: c.members as Member[], decision, statement, event, involvement, perspective };
    });
});

describe('who will read this (the preview) against what the server sends', () => {
  it('names exactly the members still in the case whose pull contains the contribution', () => {
    fc.assert(
      fc.property(caseArb, ({ members, decision, statement, event, involvement, perspective }) => {
        const rows = {
          member: members,
          decision: [decision],
          statement: [statement],
          event: [event],
          involvement: [involvement],
          perspective: [perspective],
        };
        const scopeFor = (member: Member) => createReadScope(member, today, rows);
        const pulledBy = members
          .filter((m) => !m.endedOn && visibleValue('perspective', perspective, scopeFor(m)) !== null)
          .map((m) => m.id);
        const find = scopeFor(members[0]!).find;
        const previewed = perspectiveReaders(perspective, { members, today, find }).map((m) => m.id);
        expect(previewed).toEqual(pulledBy);
      }),
      { numRuns: 2000 },
    );
  });
});
