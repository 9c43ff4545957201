import { describe, expect, it } from 'vitest';
import { aMember, anInvolvement, newId } from '../../../data/testing/fixtures';
import { addDays } from '../../../shared/catalog/dates';
import { aDecision, aStatement, anEvent } from '../decisions/decision-fixtures';
import { readerOf } from '../decisions/decisions-view';
import { buildHomeView, newsIds, type HomeInput } from './home-view';

const caseId = newId();
const today = '2026-11-28';
const naima = aMember({ caseId, role: 'parent', hasCustody: true });
const ots = aDecision({ caseId, title: 'OTS' });
const oldReason = aStatement({ caseId, decisionId: ots.id });

const input = (overrides: Partial<HomeInput>): HomeInput => ({
  decisions: [ots],
  statements: [oldReason],
  events: [],
  replies: [],
  involvements: [],
  memberId: naima.id,
  reader: readerOf(naima, today),
  seen: new Set(newsIds({ decisions: [ots], statements: [oldReason], events: [], replies: [] })),
  today,
  now: `${today}T10:00:00Z`,
  ...overrides,
});

describe('home view', () => {
  it('tells a new reason for a known decision once, and a new decision without its reasons', () => {
    const newReasons = [1, 2].map(() => aStatement({ caseId, decisionId: ots.id }));
    const plan = aDecision({ caseId, kind: 'plan-van-aanpak', title: 'Plan' });
    const planReason = aStatement({ caseId, decisionId: plan.id });

    const { news } = buildHomeView(
      input({ decisions: [ots, plan], statements: [oldReason, ...newReasons, planReason] }),
    );

    expect(news).toEqual([
      { type: 'decision', id: plan.id, title: 'Plan', decisionId: plan.id },
      { type: 'statement', id: `reasons-${ots.id}`, title: 'OTS', decisionId: ots.id },
    ]);
  });

  it('has no news on the first visit on this device', () => {
    expect(buildHomeView(input({ seen: null })).news).toBeNull();
  });

  it('picks the next appointment I am invited to over an earlier one for someone else', () => {
    const forDaan = anEvent({
      caseId,
      startsAt: `${addDays(today, 1)}T09:00:00Z`,
      invitedMembers: [newId()],
    });
    const forMe = anEvent({ caseId, startsAt: `${addDays(today, 3)}T09:00:00Z`, invitedMembers: [naima.id] });
    const past = anEvent({ caseId, startsAt: `${addDays(today, -3)}T09:00:00Z`, invitedMembers: [naima.id] });

    expect(buildHomeView(input({ events: [past, forDaan, forMe] })).nextEvent).toEqual(forMe);
  });

  it('shows my contact now and only the terms I may use myself', () => {
    const joyce = anInvolvement({ caseId, roleKey: 'gi', contactFor: [naima.id] });
    const instruction = aDecision({
      caseId,
      kind: 'schriftelijke-aanwijzing',
      decidedOn: addDays(today, -5),
    });
    const daan = aMember({ caseId, role: 'parent', hasCustody: false });

    const mine = buildHomeView(input({ involvements: [joyce], decisions: [instruction] }));
    const his = buildHomeView(input({ decisions: [instruction], reader: readerOf(daan, today) }));

    expect(mine.myContact).toEqual(joyce);
    expect(mine.deadlines.map((d) => [d.route, d.daysLeft])).toEqual([['cancel-instruction', 9]]);
    expect(his.deadlines).toEqual([]);
  });
});
