import { describe, expect, it } from 'vitest';
import { buildTestFamily } from '../../../tests/factories/test-family';
import type { Member } from '../../shared/domain';
import { mutationNames, type MutationName } from '../../shared/sync/mutations';
import { mayCreateCase, mayWrite, writeRules } from './write-policy';

const family = buildTestFamily();
const [naima, daan, sam, pro] = family.members as [Member, Member, Member, Member];
const oma: Member = { ...naima, id: 'oma', displayName: 'Oma', role: 'network', hasCustody: null };
const familyMembers = [naima, daan, sam, oma];
const byNaima = { authorMemberId: naima.id };
const byPro = { authorMemberId: pro.id };

const professionalWrites: MutationName[] = [
  'involvement.put',
  'involvement.end',
  'decision.put',
  'decision.withdraw',
  'statement.put',
  'statement.withdraw',
  'event.put',
  'event.cancel',
  'member.add',
  'member.update',
  'member.end',
  'team.add',
  'team.setRole',
];

describe('the write policy table', () => {
  it('has a rule for every mutation, and nothing else', () => {
    expect(Object.keys(writeRules).sort()).toEqual([...mutationNames].sort());
  });
});

describe('perspective.add', () => {
  it('every family member may add a perspective in any audience', () => {
    for (const actor of familyMembers)
      for (const audience of ['everyone', 'professionals', 'private'])
        expect(mayWrite('perspective.add', { actor, audience })).toBe(true);
  });

  it('a professional may add one only as a note for professionals', () => {
    expect(mayWrite('perspective.add', { actor: pro, audience: 'professionals' })).toBe(true);
    expect(mayWrite('perspective.add', { actor: pro, audience: 'everyone' })).toBe(false);
    expect(mayWrite('perspective.add', { actor: pro, audience: 'private' })).toBe(false);
  });
});

describe('perspective.edit and perspective.withdraw', () => {
  it('the author may edit and withdraw their own perspective', () => {
    expect(mayWrite('perspective.edit', { actor: naima, perspective: byNaima, audience: 'everyone' })).toBe(
      true,
    );
    expect(mayWrite('perspective.withdraw', { actor: naima, perspective: byNaima })).toBe(true);
  });

  it('no one else may, not the other parent, not the youth, not the professional', () => {
    for (const actor of [daan, sam, oma, pro]) {
      expect(mayWrite('perspective.edit', { actor, perspective: byNaima, audience: 'everyone' })).toBe(false);
      expect(mayWrite('perspective.withdraw', { actor, perspective: byNaima })).toBe(false);
    }
  });

  it('a professional’s edited note stays a note for professionals', () => {
    expect(mayWrite('perspective.edit', { actor: pro, perspective: byPro, audience: 'professionals' })).toBe(
      true,
    );
    expect(mayWrite('perspective.edit', { actor: pro, perspective: byPro, audience: 'everyone' })).toBe(
      false,
    );
  });
});

describe('perspective.resolve', () => {
  it('only a professional answers a correction request', () => {
    expect(mayWrite('perspective.resolve', { actor: pro, perspective: byNaima })).toBe(true);
    for (const actor of familyMembers)
      expect(mayWrite('perspective.resolve', { actor, perspective: byNaima })).toBe(false);
  });
});

describe('perspective.markRead', () => {
  it('anyone who can see a perspective may mark it read (seeing is checked before the table)', () => {
    for (const actor of [...familyMembers, pro])
      expect(mayWrite('perspective.markRead', { actor, perspective: byNaima })).toBe(true);
  });
});

describe('reply.add', () => {
  it('a family member replies on their own perspectives only', () => {
    expect(mayWrite('reply.add', { actor: naima, perspective: byNaima })).toBe(true);
    for (const actor of [daan, sam, oma])
      expect(mayWrite('reply.add', { actor, perspective: byNaima })).toBe(false);
  });

  it('a professional replies on any perspective they can see', () => {
    expect(mayWrite('reply.add', { actor: pro, perspective: byNaima })).toBe(true);
  });
});

describe('professional writes', () => {
  it.each(professionalWrites)('%s is for professionals only', (name) => {
    expect(mayWrite(name, { actor: pro })).toBe(true);
    for (const actor of familyMembers) expect(mayWrite(name, { actor })).toBe(false);
  });
});

describe('case.create', () => {
  it('only a professional login may open a case', () => {
    expect(mayCreateCase('professional')).toBe(true);
    expect(mayCreateCase('family')).toBe(false);
  });
});
