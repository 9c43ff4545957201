import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildTestFamily } from '../../../tests/factories/test-family';
import type { Member } from '../../shared/domain';
import type { EntityName, EntityValue } from '../../shared/sync/protocol';
import { visibleValue } from './read-policy';
import { ageOn, createReadScope } from './read-scope';

const family = buildTestFamily();
const [naima, daan, sam, pro] = family.members as [Member, Member, Member, Member];
const oma: Member = { ...naima, id: randomUUID(), displayName: 'Oma', role: 'network', hasCustody: null };
const [decision] = family.decisions;
const [statement] = family.statements;
const [involvement] = family.involvements;
const [shared, daansPrivate] = family.perspectives;
const [reply] = family.replies;
const event = {
  id: randomUUID(),
  caseId: family.case.id,
  kind: 'meeting' as const,
  title: 'Evaluation',
  startsAt: '2025-04-01T10:00:00.000Z',
  endsAt: null,
  place: null,
  withInvolvements: [involvement!.id],
  invitedMembers: [naima.id],
  prepareNote: null,
};

type Rows = { [E in EntityName]?: EntityValue<E>[] };
const baseRows = (): Rows => ({
  member: [...family.members, oma],
  involvement: family.involvements,
  decision: family.decisions,
  statement: family.statements,
  perspective: family.perspectives,
  reply: family.replies,
  event: [event],
});

function readAs<E extends EntityName>(viewer: Member, entity: E, value: EntityValue<E>, rows = baseRows()) {
  return visibleValue(entity, value, createReadScope(viewer, '2025-03-01', rows));
}

describe('reading members', () => {
  it('a parent never receives the other parent’s address, phone, email or birth date', () => {
    const seen = readAs(naima, 'member', daan);
    expect(seen?.displayName).toBe('Daan');
    for (const field of ['address', 'phone', 'email', 'birthDate']) expect(seen).not.toHaveProperty(field);
  });

  it('a member receives their own private fields', () => {
    expect(readAs(daan, 'member', daan)).toEqual(daan);
  });

  it('a professional receives every member’s private fields', () => {
    expect(readAs(pro, 'member', daan)).toEqual(daan);
  });

  it('a youth does not receive a parent’s address', () => {
    expect(readAs(sam, 'member', naima)).not.toHaveProperty('address');
  });
});

describe('withholding', () => {
  it('an item hidden from a member is invisible to them whatever else allows it', () => {
    const hidden = { ...decision!, hiddenFrom: [naima.id] };
    expect(readAs(naima, 'decision', hidden)).toBeNull();
    expect(readAs(daan, 'decision', hidden)).not.toBeNull();
  });

  it('the lists of withheld members reach professionals only', () => {
    expect(readAs(pro, 'involvement', involvement!)).toHaveProperty('contactHiddenFrom', [daan.id]);
    expect(readAs(naima, 'involvement', involvement!)).not.toHaveProperty('contactHiddenFrom');
    expect(readAs(naima, 'decision', { ...decision!, hiddenFrom: [daan.id] })).not.toHaveProperty(
      'hiddenFrom',
    );
  });

  it('a contact hidden from a member is left out for that member only', () => {
    expect(readAs(daan, 'involvement', involvement!)).not.toHaveProperty('contact');
    expect(readAs(naima, 'involvement', involvement!)?.contact).toEqual(involvement!.contact);
  });

  it('the reasons of a decision hidden from a member are hidden too', () => {
    const rows = { ...baseRows(), decision: [{ ...decision!, hiddenFrom: [naima.id] }] };
    expect(readAs(naima, 'statement', statement!, rows)).toBeNull();
  });

  it('a decision does not reveal the id of a person involved who is hidden from the reader', () => {
    const rows = { ...baseRows(), involvement: [{ ...involvement!, hiddenFrom: [naima.id] }] };
    const byHidden = { ...decision!, decidedBy: involvement!.id };
    expect(readAs(naima, 'decision', byHidden, rows)?.decidedBy).toBeNull();
    expect(readAs(naima, 'event', event, rows)?.withInvolvements).toEqual([]);
    expect(readAs(daan, 'decision', byHidden, rows)?.decidedBy).toBe(involvement!.id);
  });
});

describe('reading perspectives and replies', () => {
  it('a private perspective reaches only its author, not even the professional', () => {
    expect(readAs(daan, 'perspective', daansPrivate!)).toEqual(daansPrivate);
    for (const other of [naima, sam, pro, oma])
      expect(readAs(other, 'perspective', daansPrivate!)).toBeNull();
  });

  it('a perspective for professionals reaches professionals and its author only', () => {
    const forPros = { ...daansPrivate!, audience: 'professionals' as const };
    expect(readAs(pro, 'perspective', forPros)).not.toBeNull();
    expect(readAs(daan, 'perspective', forPros)).not.toBeNull();
    expect(readAs(naima, 'perspective', forPros)).toBeNull();
  });

  it('a perspective for everyone reaches every member who can see its subject', () => {
    for (const member of [daan, sam, pro]) expect(readAs(member, 'perspective', shared!)).toEqual(shared);
    expect(readAs(oma, 'perspective', shared!)).toBeNull();
    expect(
      readAs(oma, 'perspective', { ...shared!, subject: { type: 'case', id: family.case.id } }),
    ).not.toBeNull();
  });

  it('a reply reaches exactly those who can see its perspective', () => {
    expect(readAs(daan, 'reply', reply!)).toEqual(reply);
    const rows = { ...baseRows(), perspective: [{ ...shared!, audience: 'private' as const }] };
    expect(readAs(daan, 'reply', reply!, rows)).toBeNull();
    expect(readAs(naima, 'reply', reply!, rows)).toEqual(reply);
  });
});

describe('reading as the network', () => {
  it('the network sees a decision and its reasons only when it is shared with the network', () => {
    expect(readAs(oma, 'decision', decision!)).toBeNull();
    expect(readAs(oma, 'statement', statement!)).toBeNull();
    const rows = { ...baseRows(), decision: [{ ...decision!, sharedWithNetwork: true }] };
    expect(readAs(oma, 'decision', rows.decision![0]!, rows)).not.toBeNull();
    expect(readAs(oma, 'statement', statement!, rows)).not.toBeNull();
  });

  it('the network sees an event only when invited to it', () => {
    expect(readAs(oma, 'event', event)).toBeNull();
    expect(readAs(oma, 'event', { ...event, invitedMembers: [oma.id] })).not.toBeNull();
    expect(readAs(daan, 'event', event)).not.toBeNull();
  });
});

describe('age on a day', () => {
  it('turns a year older on the birthday itself, not the day before', () => {
    expect(ageOn('2013-03-01', '2025-02-28')).toBe(11);
    expect(ageOn('2013-03-01', '2025-03-01')).toBe(12);
    expect(ageOn(null, '2025-03-01')).toBeNull();
  });
});

describe('the age rules for the youth’s own items', () => {
  const youthSays = (youth: Member) => ({
    ...shared!,
    id: randomUUID(),
    authorMemberId: youth.id,
    audience: 'everyone' as const,
  });
  const rowsWith = (youth: Member, ...perspectives: EntityValue<'perspective'>[]) => ({
    ...baseRows(),
    member: [naima, daan, youth, pro, oma],
    perspective: perspectives,
  });
  // Read on 2025-03-01: born 2009-03-01 is 16 that day; born 2009-03-02 is still 15.
  const sixteen = { ...sam, birthDate: '2009-03-01', phone: '0611111111' };
  const fifteen = { ...sam, birthDate: '2009-03-02', phone: '0611111111' };

  it('a parent sees a 15-year-old’s shared words but not on the day the youth turns 16 without consent', () => {
    const p15 = youthSays(fifteen);
    expect(readAs(naima, 'perspective', p15, rowsWith(fifteen, p15))).not.toBeNull();
    const p16 = youthSays(sixteen);
    expect(readAs(naima, 'perspective', p16, rowsWith(sixteen, p16))).toBeNull();
    expect(readAs(pro, 'perspective', p16, rowsWith(sixteen, p16))).not.toBeNull();
  });

  it('with the consent of a youth of 16 the parent sees their words and details again', () => {
    const consenting = { ...sixteen, youthAllowsParentView: true };
    const p = youthSays(consenting);
    expect(readAs(naima, 'perspective', p, rowsWith(consenting, p))).not.toBeNull();
    expect(readAs(naima, 'member', consenting, rowsWith(consenting))?.phone).toBe('0611111111');
  });

  it('a parent never receives the youth’s address, and a 16-year-old’s phone only with consent', () => {
    const withAddress = { ...fifteen, address: 'ADDR-CANARY-YOUTH' };
    expect(readAs(naima, 'member', withAddress, rowsWith(withAddress))).not.toHaveProperty('address');
    expect(readAs(naima, 'member', withAddress, rowsWith(withAddress))?.phone).toBe('0611111111');
    expect(readAs(naima, 'member', sixteen, rowsWith(sixteen))).not.toHaveProperty('phone');
  });

  it('a reply written by a youth of 16 is hidden from a parent without consent', () => {
    const p = { ...shared!, audience: 'everyone' as const };
    const youthReply = { ...reply!, authorMemberId: sixteen.id };
    const rows = { ...rowsWith(sixteen, p), reply: [youthReply] };
    expect(readAs(naima, 'reply', youthReply, rows)).toBeNull();
    expect(readAs(pro, 'reply', youthReply, rows)).not.toBeNull();
  });

  it('a youth under 12 reads a decision in youth texts only; a youth of 12 reads both', () => {
    const eleven = { ...sam, birthDate: '2013-03-02' };
    const twelve = { ...sam, birthDate: '2013-03-01' };
    expect(readAs(eleven, 'decision', decision!)?.meaning).toEqual({ parent: '', youth: 'y' });
    expect(readAs(twelve, 'decision', decision!)?.meaning).toEqual({ parent: 'p', youth: 'y' });
  });
});

describe('withholding with a reason', () => {
  it('an item withheld from a member is invisible to them; only professionals see the reason', () => {
    const withheld = { ...decision!, withheld: [{ memberId: daan.id, reason: 'REASON-CANARY' }] };
    expect(readAs(daan, 'decision', withheld)).toBeNull();
    expect(readAs(naima, 'decision', withheld)).not.toHaveProperty('withheld');
    expect(readAs(pro, 'decision', withheld)?.withheld).toEqual(withheld.withheld);
  });
});
