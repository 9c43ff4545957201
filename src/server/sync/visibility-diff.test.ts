import { describe, expect, it } from 'vitest';
import { buildTestFamily } from '../../../tests/factories/test-family';
import type { Member } from '../../shared/domain';
import { diffVisibility, rowKey, type CaseValues } from './visibility-diff';

const family = buildTestFamily();
const [naima, daan] = family.members as [Member, Member];
const [decision] = family.decisions;
const [statement] = family.statements;
const [involvement] = family.involvements;
const today = '2025-03-01';

const base = (): CaseValues => ({
  case: [family.case],
  member: family.members,
  involvement: family.involvements,
  decision: family.decisions,
  statement: family.statements,
  event: family.events,
  perspective: family.perspectives,
  reply: family.replies,
});
const forMember = (diff: ReturnType<typeof diffVisibility>, member: Member) =>
  diff.changes.filter((c) => c.memberId === member.id).map((c) => `${c.entity}:${c.rowId}`);

describe('visibility changes at write time', () => {
  it('hiding a decision from Daan addresses it, its reasons, and others’ perspectives and replies on it to Daan only', () => {
    const before = base();
    const after = { ...base(), decision: [{ ...decision!, hiddenFrom: [daan.id] }] };
    const diff = diffVisibility(before, after, new Set([rowKey('decision', decision!.id)]), today);
    expect(forMember(diff, daan).sort()).toEqual(
      [
        `decision:${decision!.id}`,
        `statement:${statement!.id}`,
        `perspective:${family.perspectives[0]!.id}`,
        `reply:${family.replies[0]!.id}`,
      ].sort(),
    );
    expect(forMember(diff, naima)).toEqual([]);
  });

  it('a member who never saw a row is never addressed, nor poked, whatever happens to it', () => {
    const hidden = { ...statement!, id: crypto.randomUUID(), hiddenFrom: [naima.id] };
    const before = { ...base(), statement: [...family.statements, hidden] };
    const changed = { ...base(), statement: [...family.statements, { ...hidden, text: 'new words' }] };
    const gone = base();
    const written = new Set([rowKey('statement', hidden.id)]);
    for (const after of [changed, gone]) {
      const diff = diffVisibility(before, after, written, today);
      expect(forMember(diff, naima)).toEqual([]);
      expect(diff.touchedMembers).not.toContain(naima.id);
      expect(diff.touchedMembers).toContain(daan.id);
    }
  });

  it('a row whose visible value changes through another row is addressed though it was not written', () => {
    const decided = { ...decision!, decidedBy: involvement!.id };
    const before = { ...base(), decision: [decided] };
    const after = { ...before, involvement: [{ ...involvement!, hiddenFrom: [daan.id] }] };
    const diff = diffVisibility(before, after, new Set([rowKey('involvement', involvement!.id)]), today);
    expect(forMember(diff, daan).sort()).toEqual(
      [`decision:${decision!.id}`, `involvement:${involvement!.id}`].sort(),
    );
    expect(forMember(diff, naima)).toEqual([]);
  });

  it('a written row that stays visible is not addressed: its new version carries it', () => {
    const after = { ...base(), statement: [{ ...statement!, text: 'rewritten' }] };
    const diff = diffVisibility(base(), after, new Set([rowKey('statement', statement!.id)]), today);
    expect(diff.changes).toEqual([]);
    expect(diff.touchedMembers.sort()).toEqual(family.members.map((m) => m.id).sort());
  });
});
