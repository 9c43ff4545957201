import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, daysBetween } from '../../shared/catalog/dates';
import { routeDeadline, measures } from '../../shared/catalog/measures';
import { roleGroups, roleKeys } from '../../shared/catalog/roles';
import enRoles from '../../../locales/en/roles.json';
import arRoles from '../../../locales/ar/roles.json';
import nlRoles from '../../../locales/nl/roles.json';
import {
  caseSchema,
  decisionSchema,
  eventSchema,
  idSchema,
  involvementSchema,
  memberSchema,
  perspectiveSchema,
  replySchema,
  statementKinds,
  statementSchema,
} from '../../shared/domain';
import { buildDemoFamily, demoIds } from './demo-family';

// Seeding days: an ordinary one, a month end (month arithmetic clamps there) and a Sunday.
for (const today of ['2026-03-18', '2026-05-31', '2026-11-01']) {
  describe(`the demo family seeded on ${today}`, () => {
    const family = buildDemoFamily(today);
    const ids = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));
    const memberIds = ids(family.members);
    const involvementIds = ids(family.involvements);
    const decisionIds = ids(family.decisions);

    it('every row parses with its shared schema', () => {
      caseSchema.parse(family.case);
      family.members.forEach((row) => memberSchema.parse(row));
      family.involvements.forEach((row) => involvementSchema.parse(row));
      family.decisions.forEach((row) => decisionSchema.parse(row));
      family.statements.forEach((row) => statementSchema.parse(row));
      family.events.forEach((row) => eventSchema.parse(row));
      family.perspectives.forEach((row) => perspectiveSchema.parse(row));
      family.replies.forEach((row) => replySchema.parse(row));
      family.users.forEach((user) => idSchema.parse(user.id));
    });

    it('is rich enough to show every screen', () => {
      expect(family.involvements.length).toBeGreaterThanOrEqual(10);
      expect(family.decisions.length).toBeGreaterThanOrEqual(4);
      expect(family.statements.length).toBeGreaterThanOrEqual(15);
      expect(family.events.length).toBeGreaterThanOrEqual(3);
      expect(new Set(family.statements.map((s) => s.kind))).toEqual(new Set(statementKinds));
      expect(family.statements.some((s) => s.status === 'disputed')).toBe(true);
      const corrected = family.statements.find((s) => s.status === 'corrected');
      expect(corrected?.history.length).toBeGreaterThan(0);
      expect(new Set(family.events.map((e) => e.kind))).toEqual(
        new Set(['hearing', 'meeting', 'home-visit']),
      );
    });

    it('has logins for both parents, Sam and the jeugdbeschermer, each acting as a member', () => {
      expect(family.users.map((u) => u.username).sort()).toEqual(['daan', 'jeugdbeschermer', 'naima', 'sam']);
      for (const user of family.users) {
        const member = family.members.find((row) => row.id === user.memberId);
        expect(member?.role).toBe(
          user.kind === 'professional' ? 'professional' : user.username === 'sam' ? 'youth' : 'parent',
        );
      }
    });

    it('has two parents with gezag and Sam is 12, turning 13 within half a year', () => {
      const parents = family.members.filter((row) => row.role === 'parent');
      expect(parents.map((row) => row.hasCustody)).toEqual([true, true]);
      expect(parents[0]?.address).not.toBe(parents[1]?.address);
      const sam = family.members.find((row) => row.id === demoIds.members.sam);
      expect(ageOn(sam!.birthDate!, today)).toBe(12);
      expect(ageOn(sam!.birthDate!, addMonths(today, 6))).toBe(13);
      const lina = family.members.find((row) => row.id === demoIds.members.lina);
      expect(ageOn(lina!.birthDate!, today)).toBe(7);
      expect(family.users.some((u) => u.memberId === demoIds.members.lina)).toBe(false);
    });

    it('has a running OTS of 12 months ordered by the kinderrechter', () => {
      const ots = family.decisions.find((d) => d.id === demoIds.decisions.ots)!;
      expect(ots.kind).toBe('ots');
      expect(ots.status).toBe('in-effect');
      expect(family.involvements.find((i) => i.id === ots.decidedBy)?.roleKey).toBe('kinderrechter');
      expect(ots.endsOn).toBe(addMonths(ots.startsOn, 12));
      expect(ots.endsOn! > today).toBe(true);
      const hearing = family.events.find((e) => e.id === demoIds.events.hearing)!;
      expect(hearing.startsAt.slice(0, 10) < ots.endsOn!).toBe(true);
    });

    it('plans meetings on working days: a home visit next week, the evaluation in about 2 weeks', () => {
      const weekday = (instant: string) => new Date(instant).getUTCDay();
      for (const e of family.events) expect([0, 6]).not.toContain(weekday(e.startsAt));
      const { homeVisitNaima, homeVisitDaan, evaluation } = demoIds.events;
      const daysAhead = (id: string) =>
        daysBetween(today, family.events.find((e) => e.id === id)!.startsAt.slice(0, 10));
      for (const id of [homeVisitNaima, homeVisitDaan]) expect(daysAhead(id)).toBeGreaterThanOrEqual(6);
      for (const id of [homeVisitNaima, homeVisitDaan]) expect(daysAhead(id)).toBeLessThanOrEqual(12);
      expect(daysAhead(evaluation)).toBeGreaterThanOrEqual(14);
      expect(daysAhead(evaluation)).toBeLessThanOrEqual(16);
      const invited = family.events.find((e) => e.id === evaluation)!.invitedMembers;
      expect(invited).toContain(demoIds.members.oma);
    });

    it('has a schriftelijke aanwijzing sent 5 days ago, so 9 days are left to ask the judge', () => {
      const instruction = family.decisions.find((d) => d.kind === 'schriftelijke-aanwijzing')!;
      expect(instruction.decidedOn).toBe(addDays(today, -5));
      const cancel = measures['schriftelijke-aanwijzing'].routes.find(
        (r) => r.route === 'cancel-instruction',
      )!;
      expect(daysBetween(today, routeDeadline(cancel, instruction.decidedOn)!)).toBe(9);
    });

    it('has no GI worker before the OTS: a GI acts only on a (voorlopige) OTS', () => {
      const ots = family.decisions.find((d) => d.kind === 'ots')!;
      for (const gi of family.involvements.filter((i) => i.roleKey === 'gi'))
        expect(gi.since >= ots.startsOn).toBe(true);
    });

    it('says what must change for the OTS to end', () => {
      const ots = family.decisions.find((d) => d.kind === 'ots')!;
      expect(ots.toEnd?.length).toBeGreaterThan(0);
    });

    it('records that parents and Sam were heard before the aanwijzing, and that no court arrangement is set aside', () => {
      const instruction = family.decisions.find((d) => d.kind === 'schriftelijke-aanwijzing')!;
      expect(instruction.summary).toMatch(/met Naima, met Daan en met Sam gepraat/);
      expect(instruction.summary).toMatch(/geen regeling van een rechter/);
    });

    it('shows the change of jeugdbeschermer: a former contact with an end date and a current one', () => {
      const gi = family.involvements.filter((i) => i.roleKey === 'gi');
      const former = gi.find((i) => i.id === demoIds.involvements.giFormer)!;
      const now = gi.find((i) => i.id === demoIds.involvements.giNow)!;
      expect(former.until).not.toBeNull();
      expect(former.until! <= today).toBe(true);
      expect(now.until).toBeNull();
      expect(now.since >= former.until!).toBe(true);
      expect(now.contactFor).toEqual([demoIds.members.naima, demoIds.members.daan, demoIds.members.sam]);
    });

    it('hides one contact from Daan and nothing else', () => {
      const hidden = family.involvements.filter((i) => (i.contactHiddenFrom ?? []).length > 0);
      expect(hidden.map((i) => i.contactHiddenFrom)).toEqual([[demoIds.members.daan]]);
      const rows = [...family.involvements, ...family.decisions, ...family.statements, ...family.events];
      expect(rows.every((row) => (row.hiddenFrom ?? []).length === 0)).toBe(true);
    });

    it('shares only the plan van aanpak with the network', () => {
      expect(family.decisions.filter((d) => d.sharedWithNetwork).map((d) => d.kind)).toEqual([
        'plan-van-aanpak',
      ]);
    });

    it('has perspectives in every audience, an open correction request and a private note', () => {
      expect(new Set(family.perspectives.map((p) => p.audience))).toEqual(
        new Set(['everyone', 'professionals', 'private']),
      );
      expect(family.perspectives.some((p) => p.stance === 'outdated' && p.correctionStatus === 'open')).toBe(
        true,
      );
      const houses = family.perspectives.find((p) => p.stance === 'three-houses');
      expect(houses?.houses).not.toBeNull();
      for (const p of family.perspectives) {
        expect(p.updatedAt >= p.createdAt).toBe(true);
        expect(p.createdAt.slice(0, 10) <= today).toBe(true);
      }
    });

    it('uses every id once', () => {
      const all = [
        family.case,
        ...family.users,
        ...family.members,
        ...family.involvements,
        ...family.decisions,
        ...family.statements,
        ...family.events,
        ...family.perspectives,
        ...family.replies,
      ].map((row) => row.id);
      expect(new Set(all).size).toBe(all.length);
    });

    it('refers only to rows that exist', () => {
      const caseRows = [
        ...family.members,
        ...family.involvements,
        ...family.decisions,
        ...family.statements,
        ...family.events,
        ...family.perspectives,
        ...family.replies,
      ];
      expect(caseRows.every((row) => row.caseId === family.case.id)).toBe(true);
      for (const user of family.users) expect(memberIds.has(user.memberId)).toBe(true);
      for (const i of family.involvements) {
        for (const id of [...i.contactFor, ...(i.hiddenFrom ?? []), ...(i.contactHiddenFrom ?? [])]) {
          expect(memberIds.has(id)).toBe(true);
        }
      }
      for (const d of family.decisions) {
        if (d.decidedBy) expect(involvementIds.has(d.decidedBy)).toBe(true);
      }
      for (const s of family.statements) expect(decisionIds.has(s.decisionId)).toBe(true);
      for (const e of family.events) {
        e.withInvolvements.forEach((id) => expect(involvementIds.has(id)).toBe(true));
        e.invitedMembers.forEach((id) => expect(memberIds.has(id)).toBe(true));
      }
      const subjects: Record<string, Set<string>> = {
        case: new Set([family.case.id]),
        decision: decisionIds,
        statement: ids(family.statements),
        involvement: involvementIds,
        event: ids(family.events),
      };
      const perspectiveIds = ids(family.perspectives);
      for (const p of family.perspectives) {
        expect(memberIds.has(p.authorMemberId)).toBe(true);
        expect(subjects[p.subject.type]?.has(p.subject.id)).toBe(true);
        p.readBy.forEach((id) => expect(memberIds.has(id)).toBe(true));
      }
      for (const r of family.replies) {
        expect(perspectiveIds.has(r.perspectiveId)).toBe(true);
        expect(memberIds.has(r.authorMemberId)).toBe(true);
      }
    });

    it('dates reasons so some ask "is this still true?" and none is checked before it was seen', () => {
      for (const s of family.statements) expect(s.lastCheckedOn >= s.observedOn).toBe(true);
      expect(family.statements.some((s) => daysBetween(s.observedOn, today) > 3 * 365)).toBe(true);
      expect(family.statements.some((s) => daysBetween(s.lastCheckedOn, today) > 365)).toBe(true);
      expect(family.statements.some((s) => daysBetween(s.lastCheckedOn, today) < 31)).toBe(true);
    });
  });
}

describe('role texts for the people in the demo', () => {
  const fields = [
    'name',
    'what',
    'what_youth',
    'mayDecide',
    'mayDecide_youth',
    'mayNotDecide',
    'mayNotDecide_youth',
  ];
  for (const [lng, texts] of [
    ['nl', nlRoles],
    ['en', enRoles],
    ['ar', arRoles],
  ] as const) {
    it(`explains every role and group of the catalogue in ${lng}`, () => {
      expect(Object.keys(texts.role).sort()).toEqual([...roleKeys].sort());
      expect(Object.keys(texts.group).sort()).toEqual([...roleGroups].sort());
      for (const role of Object.values(texts.role)) {
        expect(Object.keys(role).sort()).toEqual([...fields].sort());
        Object.values(role).forEach((text) => expect(text.trim()).not.toBe(''));
      }
    });
  }
});
