import { describe, expect, it } from 'vitest';
import type { InboxRows } from '../../../data/repos/inbox-repo';
import { aPerspective } from '../../../data/testing/fixtures';
import type { Member, Perspective, Reply } from '../../../shared/domain';
import { buildInbox } from './inbox-view';

const pro = { id: 'pro', caseId: 'c1', role: 'professional', displayName: 'Joyce' } as Member;
const naima = { id: 'naima', caseId: 'c1', role: 'parent', displayName: 'Naima' } as Member;
const other = { id: 'other', caseId: 'c2', role: 'parent', displayName: 'Tom' } as Member;
const perspective = (id: string, extra: Partial<Perspective>): Perspective =>
  aPerspective({
    id,
    caseId: 'c1',
    authorMemberId: 'naima',
    stance: 'disagree',
    text: id,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...extra,
  });
const reply = (perspectiveId: string, authorMemberId: string): Reply => ({
  id: `r-${perspectiveId}-${authorMemberId}`,
  caseId: 'c1',
  perspectiveId,
  authorMemberId,
  text: 'Antwoord',
  createdAt: '2026-11-05T10:00:00.000Z',
});

const rows = (perspectives: Perspective[], replies: Reply[] = []) =>
  ({
    cases: [
      { id: 'c1', title: 'Gezin A', createdAt: '' },
      { id: 'c2', title: 'Gezin B', createdAt: '' },
    ],
    members: [pro, naima, other],
    perspectives,
    replies,
    decisions: [],
    statements: [],
    events: [],
    involvements: [],
  }) as InboxRows;
const me = new Map([['c1', 'pro']]);
const all = { caseId: null, show: 'all' as const };

describe('the inbox', () => {
  const answeredNew = perspective('answered-new', { updatedAt: '2026-11-20T10:00:00.000Z' });
  const openOld = perspective('open-old', { stance: 'incorrect', correctionStatus: 'open' });
  const unansweredNew = perspective('unanswered-new', { updatedAt: '2026-11-10T10:00:00.000Z' });
  const otherCase = perspective('other-case', { caseId: 'c2', authorMemberId: 'other', readBy: [] });
  const mine = perspective('mine', { authorMemberId: 'pro', audience: 'professionals' });
  const data = rows(
    [answeredNew, openOld, unansweredNew, otherCase, mine],
    [reply('answered-new', 'pro'), reply('unanswered-new', 'naima')],
  );

  it('lists unanswered first, newest first within each, never the team’s own notes', () => {
    expect(buildInbox(data, me, all).map((i) => i.perspective.id)).toEqual([
      'unanswered-new',
      'open-old',
      'other-case',
      'answered-new',
    ]);
  });

  it('a family member’s own reply is no answer; a resolved correction is', () => {
    const resolved = perspective('open-old', { stance: 'incorrect', correctionStatus: 'kept' });
    const items = buildInbox(rows([resolved, unansweredNew], [reply('unanswered-new', 'naima')]), me, all);
    expect(items.map((i) => [i.perspective.id, i.answered])).toEqual([
      ['unanswered-new', false],
      ['open-old', true],
    ]);
  });

  it('filters by case, by open correction requests and by unanswered', () => {
    expect(buildInbox(data, me, { caseId: 'c2', show: 'all' }).map((i) => i.perspective.id)).toEqual([
      'other-case',
    ]);
    expect(buildInbox(data, me, { caseId: null, show: 'corrections' }).map((i) => i.perspective.id)).toEqual([
      'open-old',
    ]);
    expect(buildInbox(data, me, { caseId: 'c1', show: 'unanswered' }).map((i) => i.perspective.id)).toEqual([
      'unanswered-new',
      'open-old',
    ]);
  });

  it('knows whether I have read it, per case', () => {
    const read = perspective('read', { readBy: ['pro'] });
    const [item] = buildInbox(rows([read]), me, all);
    expect(item).toMatchObject({ readByMe: true, caseTitle: 'Gezin A', about: 'Gezin A' });
    expect(item!.author?.displayName).toBe('Naima');
  });
});
