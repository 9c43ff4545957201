import { getEventNote, saveEventNote } from '../repos/note-repo';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteLocalDatabase } from '../db/gezien-db';
import { listInvolvements } from '../repos/involvements-repo';
import { getMember } from '../repos/members-repo';
import { getMeta } from '../repos/meta-repo';
import { aMember, anInvolvement, newId, put } from '../testing/fixtures';
import { applyChanges, InvalidChangeError } from './apply-changes';

const caseId = newId();

beforeEach(async () => {
  await deleteLocalDatabase();
});

describe('applyChanges', () => {
  it('stores put rows and the new cursor together', async () => {
    const involvement = anInvolvement({ caseId });
    await applyChanges([put('involvement', involvement)], { cursor: 'c1', lastMutationId: 0 });

    expect(await listInvolvements(caseId)).toEqual([involvement]);
    expect(await getMeta('cursor')).toBe('c1');
    expect(await getMeta('lastSyncedAt')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('removes a deleted row', async () => {
    const involvement = anInvolvement({ caseId });
    await applyChanges([put('involvement', involvement)], { cursor: 'c1' });
    await applyChanges([{ op: 'delete', entity: 'involvement', id: involvement.id }], { cursor: 'c2' });

    expect(await listInvolvements(caseId)).toEqual([]);
    expect(await getMeta('cursor')).toBe('c2');
  });

  it('purges every row of a case and leaves other cases alone', async () => {
    const otherCase = newId();
    const member = aMember({ caseId });
    const kept = anInvolvement({ caseId: otherCase });
    await applyChanges(
      [
        put('case', { id: caseId, title: 'Gezin', createdAt: '2025-01-01T00:00:00Z' }),
        put('member', member),
        put('involvement', anInvolvement({ caseId })),
        put('involvement', kept),
      ],
      { cursor: 'c1' },
    );
    await applyChanges([{ op: 'purge-case', caseId }], { cursor: 'c2' });

    expect(await listInvolvements(caseId)).toEqual([]);
    expect(await getMember(member.id)).toBeNull();
    expect(await listInvolvements(otherCase)).toEqual([kept]);
  });

  it('purges my own device notes of that case too', async () => {
    const eventId = newId();
    await saveEventNote(caseId, eventId, 'Ik wil zeggen dat het beter gaat.');
    await applyChanges([{ op: 'purge-case', caseId }], { cursor: 'c2' });

    expect(await getEventNote(eventId)).toBeNull();
  });

  it('rejects a pull with one invalid change without writing any of it', async () => {
    const good = anInvolvement({ caseId });
    const bad = {
      op: 'put',
      entity: 'involvement',
      value: { ...anInvolvement({ caseId }), roleKey: 'nope' },
    };

    await expect(applyChanges([put('involvement', good), bad], { cursor: 'c9' })).rejects.toBeInstanceOf(
      InvalidChangeError,
    );
    expect(await listInvolvements(caseId)).toEqual([]);
    expect(await getMeta('cursor')).toBeUndefined();
  });

  it('replaces all local rows on a full pull after a reset', async () => {
    const old = anInvolvement({ caseId });
    const fresh = anInvolvement({ caseId });
    await applyChanges([put('involvement', old)], { cursor: 'c1' });
    await applyChanges([put('involvement', fresh)], { cursor: 'c2', replaceAll: true });

    expect(await listInvolvements(caseId)).toEqual([fresh]);
  });
});
