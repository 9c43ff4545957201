import { beforeEach, describe, expect, it } from 'vitest';
import { db, deleteLocalDatabase } from '../db/gezien-db';
import { saveMe } from '../repos/me-repo';
import { aMe, newId } from '../testing/fixtures';
import { applyChanges } from '../sync/apply-changes';
import { mutate } from '../sync/mutate';

const caseId = newId();
const memberId = newId();

beforeEach(async () => {
  await deleteLocalDatabase();
  await saveMe(aMe(caseId, memberId));
});

async function addStory(text: string) {
  const id = newId();
  await mutate('perspective.add', {
    id,
    caseId,
    subject: { type: 'case', id: caseId },
    stance: 'story',
    text,
    audience: 'everyone',
  });
  return id;
}

describe('client mutators', () => {
  it('a reply shows at once and belongs to the perspective’s case', async () => {
    const perspectiveId = await addStory('verhaal');
    const id = newId();
    const entry = await mutate('reply.add', { id, perspectiveId, text: 'dank je' });

    expect(entry.caseId).toBe(caseId);
    expect(await db.reply.get(id)).toMatchObject({ perspectiveId, caseId, authorMemberId: memberId });
  });

  it('withdrawing removes my words and their replies until the server says otherwise', async () => {
    const perspectiveId = await addStory('verhaal');
    await mutate('reply.add', { id: newId(), perspectiveId, text: 'reactie' });
    await mutate('perspective.withdraw', { id: perspectiveId });

    expect(await db.perspective.count()).toBe(0);
    expect(await db.reply.count()).toBe(0);

    // The server refused all three: everything goes back to what the server has (nothing).
    await applyChanges([], {
      cursor: 'c1',
      lastMutationId: 3,
      rejections: [1, 2, 3].map((mutationId) => ({ mutationId, code: 'forbidden' })),
    });
    expect(await db.rejected.count()).toBe(3);
    expect(await db.shadow.count()).toBe(0);
  });

  it('an edit of a row this device does not have is queued for the server to decide', async () => {
    const entry = await mutate('perspective.edit', { id: newId(), text: 'nieuw' });
    expect(await db.outbox.get(entry.mutationId)).toBeDefined();
  });
});
