import { describe, expect, it } from 'vitest';
import { anInvolvement, aMember, newId } from '../../../data/testing/fixtures';
import { addDays } from '../../../shared/catalog/dates';
import { aDecision, aStatement } from './decision-fixtures';
import { buildDecisionDetail, buildDecisionList, readerOf, runningDeadlines } from './decisions-view';

const caseId = newId();
const today = '2026-11-28';
const parent = readerOf(aMember({ caseId, role: 'parent', hasCustody: true }), today);

describe('decisions view', () => {
  it('groups decisions in effect before ended ones, newest first within a group', () => {
    const old = aDecision({ caseId, decidedOn: '2024-01-01', status: 'ended' });
    const ots = aDecision({ caseId, decidedOn: '2026-05-01' });
    const plan = aDecision({ caseId, kind: 'plan-van-aanpak', decidedOn: '2026-07-01' });

    const groups = buildDecisionList([old, ots, plan], [], today, parent);

    expect(groups.map((g) => g.status)).toEqual(['in-effect', 'ended']);
    expect(groups[0]!.rows.map((r) => r.decision)).toEqual([plan, ots]);
  });

  it('gives an instruction sent 5 days ago 9 days left to ask the judge', () => {
    const instruction = aDecision({
      caseId,
      kind: 'schriftelijke-aanwijzing',
      decidedOn: addDays(today, -5),
      endsOn: null,
    });

    const [first] = runningDeadlines([instruction], today, parent, true);

    expect(first).toMatchObject({ route: 'cancel-instruction', daysLeft: 9, deadline: addDays(today, 9) });
  });

  it('keeps terms of ended decisions and routes a young child may not use out of the running ones', () => {
    const ended = aDecision({ caseId, kind: 'ots', decidedOn: addDays(today, -10), status: 'ended' });
    const instruction = aDecision({ caseId, kind: 'schriftelijke-aanwijzing', decidedOn: today });
    const lina = readerOf(aMember({ caseId, role: 'youth', birthDate: '2019-06-01' }), today);

    expect(runningDeadlines([ended], today, parent)).toEqual([]);
    expect(runningDeadlines([instruction], today, lina, true)).toEqual([]);
  });

  it('orders the reasons by kind and asks about the ones not checked for a year', () => {
    const decision = aDecision({ caseId });
    const worry = aStatement({ caseId, decisionId: decision.id, kind: 'worry', lastCheckedOn: '2025-11-28' });
    const fact = aStatement({ caseId, decisionId: decision.id, kind: 'fact', lastCheckedOn: '2026-11-01' });
    const judge = anInvolvement({ caseId, roleKey: 'kinderrechter' });

    const detail = buildDecisionDetail(
      { ...decision, decidedBy: judge.id },
      [worry, fact],
      [judge],
      today,
      parent,
    );

    expect(detail.reasons.map((r) => r.kind)).toEqual(['fact', 'worry']);
    expect(detail.reasons[1]!.items[0]!.stale).toBe(true);
    expect(detail.reasons[0]!.items[0]!.stale).toBe(false);
    expect(detail.decidedBy).toEqual(judge);
    expect(detail.source).toEqual({ law: 'BW 1:255' });
  });

  it('falls back to the catalogue source when the decision names none', () => {
    const decision = aDecision({ caseId, kind: 'machtiging-uhp', legalBasis: null });
    expect(buildDecisionDetail(decision, [], [], today, parent).source.law).toBe('BW 1:265b, 1:265c, 1:265i');
  });
});
