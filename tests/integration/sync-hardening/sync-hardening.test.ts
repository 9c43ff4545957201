import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../../src/server/demo/demo-family';
import type { RowEntity } from '../../../src/server/sync/mutators/mutator';
import { startTestServer, type TestServer } from '../../setup/test-server';
import { connectClient, perspectiveArgs, type SyncClient } from '../sync-helpers';

// Issue 13 rows 8, 11 (organisation), 12 and 15, over real HTTP on a real database.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const connect = (username: string) => connectClient(server.baseUrl, username);

/** The code a one-mutation push ended with, as the client learns it from its next pull. */
async function outcomeOf(client: SyncClient, name: string, args: unknown): Promise<string> {
  const id = client.nextMutationId;
  await client.mutate(name, args);
  const pulled = await client.api.post('/api/sync/pull', {
    protocolVersion: 1,
    clientId: client.clientId,
    cursor: null,
  });
  const { rejections } = pulled.body as { rejections: { mutationId: number; code: string }[] };
  return rejections.find((r) => r.mutationId === id)?.code ?? 'applied';
}

async function tombstone(entity: RowEntity, id: string) {
  const [row] = await server.storage.findRows(entity, [id]);
  return row && { deleted: row.deleted, value: row.value };
}

describe('row 8: withdrawn words are erased', () => {
  it('a withdrawn perspective and its replies keep only id and case in their tombstones', async () => {
    const naima = await connect('naima');
    const perspectiveId = demoIds.perspectives.naimaDisagrees;
    await naima.mutate('perspective.withdraw', { id: perspectiveId });
    const caseId = demoIds.case;
    expect(await tombstone('perspective', perspectiveId)).toEqual({
      deleted: true,
      value: { id: perspectiveId, caseId },
    });
    const replyId = demoIds.replies.toNaimaDisagrees;
    expect(await tombstone('reply', replyId)).toEqual({ deleted: true, value: { id: replyId, caseId } });
  });

  it('a withdrawn decision, its reasons and a cancelled event keep no text either', async () => {
    const pro = await connect('jeugdbeschermer');
    const reasons = await server.storage.listReferrers(demoIds.case, demoIds.decisions.ots, {
      entity: 'statement',
      field: 'decisionId',
    });
    expect(reasons.length).toBeGreaterThan(0);
    await pro.mutate('decision.withdraw', { id: demoIds.decisions.ots });
    await pro.mutate('event.cancel', { id: demoIds.events.hearing });
    const gone: [RowEntity, string][] = [
      ['decision', demoIds.decisions.ots],
      ['event', demoIds.events.hearing],
      ...reasons.map((r): [RowEntity, string] => ['statement', r.rowId]),
    ];
    for (const [entity, id] of gone) {
      expect(await tombstone(entity, id), `${entity} ${id}`).toEqual({
        deleted: true,
        value: { id, caseId: demoIds.case },
      });
    }
  });
});

describe('row 12: a mutation id names one body', () => {
  it('a reused mutation id with another body is refused, and the first body stays', async () => {
    const naima = await connect('naima');
    const first = perspectiveArgs({ text: 'Eerste versie' });
    const other = perspectiveArgs({ text: 'Andere inhoud onder hetzelfde nummer' });
    expect((await naima.push([{ id: 1, name: 'perspective.add', args: first }])).status).toBe(200);
    const reused = await naima.push([{ id: 1, name: 'perspective.add', args: other }]);
    expect(reused.status).toBe(409);
    expect(reused.body).toEqual({ error: 'mutation-id-reused', mutationId: 1 });
    const replay = await naima.push([{ id: 1, name: 'perspective.add', args: first }]);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await server.storage.findRow('perspective', first.id)).toBeDefined();
    expect(await server.storage.findRow('perspective', other.id)).toBeUndefined();
  });
});

describe('row 15: an id outside my view is not-found, never conflict', () => {
  it('reusing the id of a perspective hidden from me, or of a withdrawn one, is not-found', async () => {
    const naima = await connect('naima');
    const hidden = perspectiveArgs({ id: demoIds.perspectives.daanPrivate });
    expect(await outcomeOf(naima, 'perspective.add', hidden)).toBe('not-found');
    const daan = await connect('daan');
    const withdrawn = perspectiveArgs();
    await daan.mutate('perspective.add', withdrawn);
    await daan.mutate('perspective.withdraw', { id: withdrawn.id });
    expect(await outcomeOf(naima, 'perspective.add', { ...withdrawn, text: 'Raden' })).toBe('not-found');
  });

  it('reusing the id of a row I can see is still a conflict', async () => {
    const naima = await connect('naima');
    const mine = perspectiveArgs();
    await naima.mutate('perspective.add', mine);
    expect(await outcomeOf(naima, 'perspective.add', { ...mine, text: 'Nog eens' })).toBe('conflict');
  });
});

describe('row 11: sync writes name the organisation', () => {
  it('a professional’s write is logged with the organisation of their login, a family member’s as family', async () => {
    const pro = await connect('jeugdbeschermer');
    const naima = await connect('naima');
    const event = randomUUID();
    await pro.mutate('event.put', {
      value: {
        id: event,
        caseId: demoIds.case,
        kind: 'meeting',
        title: 'Gesprek',
        startsAt: '2025-04-01T10:00:00.000Z',
        endsAt: null,
        place: null,
        invitedMembers: [],
        withInvolvements: [],
        prepareNote: null,
        hiddenFrom: [],
      },
    });
    await naima.mutate('perspective.add', perspectiveArgs());
    const rows = await server.storage.listAuditRecords({ caseId: demoIds.case });
    const byPro = rows.filter((r) => r.basis === 'mutation event.put');
    const byNaima = rows.filter((r) => r.basis === 'mutation perspective.add');
    expect(byPro.at(-1)?.actorOrganisation).toBe('Jeugdbescherming Rijnhove');
    expect(byNaima.at(-1)?.actorOrganisation).toBe('family');
  });
});
