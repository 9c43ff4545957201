import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, deleteLocalDatabase } from '../db/gezien-db';
import { clientMutators } from '../mutators/client-mutators';
import { saveMe } from '../repos/me-repo';
import { listMyPerspectives } from '../repos/perspectives-repo';
import { stubApi } from '../testing/fake-api';
import { aMe, newId } from '../testing/fixtures';
import { applyChanges } from './apply-changes';
import { InvalidMutationError, mutate } from './mutate';
import { countUnsent } from './pending';
import { pushOnce } from './push';

const caseId = newId();
const memberId = newId();
const story = (text = 'Mijn verhaal') => ({
  id: newId(),
  caseId,
  subject: { type: 'case' as const, id: caseId },
  stance: 'story' as const,
  text,
  audience: 'everyone' as const,
});

beforeEach(async () => {
  await deleteLocalDatabase();
  await saveMe(aMe(caseId, memberId));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('mutate', () => {
  it('writes the optimistic row and the outbox entry together', async () => {
    const args = story();
    const entry = await mutate('perspective.add', args);

    expect(await db.perspective.get(args.id)).toMatchObject({
      text: 'Mijn verhaal',
      authorMemberId: memberId,
    });
    expect(await db.outbox.toArray()).toEqual([entry]);
    expect(entry).toMatchObject({ mutationId: 1, name: 'perspective.add', caseId, args });
  });

  it('a mutator that throws leaves neither a row nor an outbox entry', async () => {
    const original = clientMutators['perspective.add'];
    clientMutators['perspective.add'] = async (tx, args, context) => {
      await original!(tx, args, context);
      throw new Error('boom');
    };
    try {
      const args = story();
      await expect(mutate('perspective.add', args)).rejects.toThrow('boom');
      expect(await db.perspective.get(args.id)).toBeUndefined();
      expect(await db.outbox.count()).toBe(0);
    } finally {
      clientMutators['perspective.add'] = original;
    }
  });

  it('refuses invalid args before touching the database', async () => {
    await expect(
      mutate('perspective.add', { ...story(), audience: 'world' as never }),
    ).rejects.toBeInstanceOf(InvalidMutationError);
    expect(await db.outbox.count()).toBe(0);
  });

  it('mutation ids keep growing across a reload and after the outbox is emptied', async () => {
    await mutate('perspective.add', story());
    await mutate('perspective.add', story());
    db.close();
    await db.open();
    const third = await mutate('perspective.add', story());
    expect(third.mutationId).toBe(3);

    await applyChanges([], { cursor: 'c1', lastMutationId: 3, rejections: [] });
    expect(await db.outbox.count()).toBe(0);
    db.close();
    await db.open();
    expect((await mutate('perspective.add', story())).mutationId).toBe(4);
  });
});

describe('push and the outbox', () => {
  it('an entry leaves the outbox only when a pull covers it, and counts as sent once acknowledged', async () => {
    await mutate('perspective.add', story('een'));
    await mutate('perspective.add', story('twee'));
    const pushed: unknown[] = [];
    stubApi({
      'POST /api/sync/push': (body) => (pushed.push(body), { status: 200, body: { lastMutationId: 1 } }),
    });

    // The server only got the first: the second stays unsent and is offered again.
    expect(await pushOnce()).toBe('failed');
    expect(await db.outbox.count()).toBe(2);
    expect(await countUnsent()).toBe(1);

    await applyChanges([], { cursor: 'c1', lastMutationId: 1, rejections: [] });
    expect((await db.outbox.toArray()).map((e) => e.mutationId)).toEqual([2]);
    expect(pushed[0]).toMatchObject({ protocolVersion: 1, mutations: [{ id: 1 }, { id: 2 }] });
  });

  it('on a mutation gap it sends again from the id the server expects', async () => {
    await mutate('perspective.add', story('een'));
    await mutate('perspective.add', story('twee'));
    await db.meta.put({ key: 'lastMutationId', value: 1 });
    const firstIds: number[] = [];
    stubApi({
      'POST /api/sync/push': (body) => {
        const { mutations } = body as { mutations: { id: number }[] };
        firstIds.push(mutations[0]!.id);
        return mutations[0]!.id === 1
          ? { status: 200, body: { lastMutationId: 2 } }
          : { status: 409, body: { error: 'mutation-gap', expected: 1 } };
      },
    });

    expect(await pushOnce()).toBe('pushed');
    expect(firstIds).toEqual([2, 1]);
    expect(await countUnsent()).toBe(0);
  });

  it('a gap the device cannot fill stops the push and keeps every entry', async () => {
    await mutate('perspective.add', story('een'));
    await applyChanges([], { cursor: 'c1', lastMutationId: 1, rejections: [] });
    await mutate('perspective.add', story('twee'));
    stubApi({ 'POST /api/sync/push': () => ({ status: 409, body: { error: 'mutation-gap', expected: 1 } }) });

    expect(await pushOnce()).toBe('gap');
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('pulling over pending writes', () => {
  it('a pending row survives a pull that does not know it yet, and a pull that changed it', async () => {
    const args = story('mijn woorden');
    await mutate('perspective.add', args);
    const serverVersion = {
      ...(await db.perspective.get(args.id))!,
      text: 'oude versie van de server',
    };

    await applyChanges([], { cursor: 'c1', lastMutationId: 0, rejections: [] });
    expect((await db.perspective.get(args.id))?.text).toBe('mijn woorden');

    await applyChanges([{ op: 'put', entity: 'perspective', value: serverVersion }], {
      cursor: 'c2',
      lastMutationId: 0,
      rejections: [],
    });
    expect((await db.perspective.get(args.id))?.text).toBe('mijn woorden');
    const { items } = await listMyPerspectives(caseId, memberId);
    expect(items.map((i) => i.state)).toEqual(['pending']);
  });

  it('a reset (everything pulled again) keeps the writes that are still queued', async () => {
    const args = story('nog onderweg');
    await mutate('perspective.add', args);

    await applyChanges([], { cursor: 'fresh', lastMutationId: 0, rejections: [], replaceAll: true });

    expect((await db.perspective.get(args.id))?.text).toBe('nog onderweg');
    expect(await db.outbox.count()).toBe(1);
  });

  it('once accepted the server’s row is shown and the item counts as sent', async () => {
    const args = story('mijn woorden');
    await mutate('perspective.add', args);
    const serverRow = { ...(await db.perspective.get(args.id))!, createdAt: '2026-01-01T10:00:00.000Z' };

    await applyChanges([{ op: 'put', entity: 'perspective', value: serverRow }], {
      cursor: 'c1',
      lastMutationId: 1,
      rejections: [],
    });

    expect(await db.perspective.get(args.id)).toEqual(serverRow);
    expect(await db.shadow.count()).toBe(0);
    const { items } = await listMyPerspectives(caseId, memberId);
    expect(items.map((i) => [i.perspective.text, i.state])).toEqual([['mijn woorden', 'sent']]);
  });

  it('a rejected write is no longer a row but stays visible with its words and code', async () => {
    const args = story('dit klopt niet');
    await mutate('perspective.add', args);

    await applyChanges([], {
      cursor: 'c1',
      lastMutationId: 1,
      rejections: [{ mutationId: 1, code: 'forbidden' }],
    });

    expect(await db.perspective.get(args.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
    const { items, rejected } = await listMyPerspectives(caseId, memberId);
    expect(items).toEqual([]);
    expect(rejected).toEqual([expect.objectContaining({ code: 'forbidden', args })]);
  });

  it('losing access to a case removes its rows, queued writes and rejections', async () => {
    await mutate('perspective.add', story('een'));
    await applyChanges([], { cursor: 'c1', lastMutationId: 1, rejections: [{ mutationId: 1, code: 'x' }] });
    await mutate('perspective.add', story('twee'));

    await applyChanges([{ op: 'purge-case', caseId }], { cursor: 'c2', lastMutationId: 1, rejections: [] });

    expect(await db.perspective.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.rejected.count()).toBe(0);
    expect(await db.shadow.count()).toBe(0);
  });
});
