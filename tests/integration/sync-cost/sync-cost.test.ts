import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { pull } from '../../../src/server/sync/pull';
import { push } from '../../../src/server/sync/push';
import { clock, cursorKey, dropWorlds, pullAll, today, world } from './cost-world';

// Issue 14: the rows the server reads for one mutation and for an empty pull do not grow with the
// case, nor with the other cases in the database. Counted, not timed.
afterAll(dropWorlds);

/** Rows read by: an empty pull, a family member's perspective.add, a professional's reply.add. */
async function measure(caseRows: number, otherCases: number) {
  const w = await world(caseRows, otherCases);
  const naimaClient = `cost-${randomUUID()}`;
  const proClient = `cost-${randomUUID()}`;
  const cursor = await pullAll(w.storage, w.naima, naimaClient);
  w.reset();
  const empty = await pull(
    w.storage,
    w.naima,
    { protocolVersion: 1, clientId: naimaClient, cursor },
    cursorKey,
    today,
  );
  const emptyPull = w.rows();
  expect('changes' in empty && empty.changes).toEqual([]);

  const add = { id: 1, name: 'perspective.add', args: perspectiveArgsFor(w.family.case.id) };
  w.reset();
  await push(
    w.storage,
    w.naima,
    { protocolVersion: 1, clientId: naimaClient, mutations: [add] },
    clock,
    'test',
  );
  const mutation = w.rows();

  const reply = {
    id: 1,
    name: 'reply.add',
    args: { id: randomUUID(), perspectiveId: add.args.id, text: 'Dank je' },
  };
  w.reset();
  await push(
    w.storage,
    w.pro,
    { protocolVersion: 1, clientId: proClient, mutations: [reply] },
    clock,
    'test',
  );
  const replyRows = w.rows();
  return { emptyPull, mutation, reply: replyRows };
}

const perspectiveArgsFor = (caseId: string) => ({
  id: randomUUID(),
  caseId,
  subject: { type: 'case', id: caseId },
  stance: 'story',
  text: 'Nieuw verhaal',
  audience: 'everyone',
});

describe(`rows read per sync request on ${process.env.GEZIEN_TEST_DB ?? 'sqlite'}`, () => {
  it('one mutation and an empty pull read as many rows for a case of 100 rows as of 10,000, with or without 1,000 other cases', async () => {
    const small = await measure(100, 0);
    const large = await measure(10_000, 0);
    const crowded = await measure(10_000, 1_000);
    console.info('rows read (case of 100 / 10,000 / 10,000 + 1,000 cases):', small, large, crowded);
    expect(small.emptyPull).toBeLessThan(10);
    expect(small.mutation).toBeLessThan(40);
    expect(large).toEqual(small);
    expect(crowded).toEqual(small);
  }, 600_000);
});
