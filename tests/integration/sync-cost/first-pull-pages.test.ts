import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Storage, UserRecord } from '../../../src/server/storage/storage';
import { PAGE_ROWS, pull } from '../../../src/server/sync/pull';
import { push } from '../../../src/server/sync/push';
import type { Change, PullResponse } from '../../../src/shared/sync/protocol';
import { canaries } from '../../factories/test-family';
import { clock, cursorKey, dropWorlds, today, world } from './cost-world';

// Issue 14: a new device gets a big case in pages of a few hundred rows, and writes landing
// between two pages are neither lost nor left behind.
afterAll(dropWorlds);

interface Device {
  clientId: string;
  cursor: string | null;
  rows: Map<string, unknown>;
}

async function pullPage(storage: Storage, user: UserRecord, device: Device) {
  const request = { protocolVersion: 1 as const, clientId: device.clientId, cursor: device.cursor };
  const answer: PullResponse = await pull(storage, user, request, cursorKey, today);
  if ('reset' in answer) throw new Error('unexpected reset');
  for (const change of answer.changes as Change[]) {
    if (change.op === 'put') device.rows.set(`${change.entity}:${change.value.id}`, change.value);
    if (change.op === 'delete') device.rows.delete(`${change.entity}:${change.id}`);
  }
  device.cursor = answer.cursor;
  return answer;
}

const newDevice = (): Device => ({ clientId: `pages-${randomUUID()}`, cursor: null, rows: new Map() });

describe('the first pull of a big case', () => {
  it('comes in pages, and a write or withdrawal between pages ends up on the device as on the server', async () => {
    const w = await world(1_000, 0);
    const device = newDevice();
    const first = await pullPage(w.storage, w.naima, device);
    expect(first.more).toBe(true);
    expect(first.changes.length).toBeLessThanOrEqual(PAGE_ROWS + 1);
    const sent = [...device.rows.keys()].find((key) => key.startsWith('perspective:'))!;
    const added = {
      id: randomUUID(),
      caseId: w.family.case.id,
      subject: { type: 'case', id: w.family.case.id },
      stance: 'story',
      text: 'Tussen twee pagina’s',
      audience: 'everyone',
    };
    const mutations = [
      { id: 1, name: 'perspective.add', args: added },
      { id: 2, name: 'perspective.withdraw', args: { id: sent.split(':')[1] } },
    ];
    const request = { protocolVersion: 1 as const, clientId: `w-${randomUUID()}`, mutations };
    await push(w.storage, w.naima, request, clock, 'test');

    let pages = 1;
    for (let answer = first; answer.more; pages++) answer = await pullPage(w.storage, w.naima, device);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(device.rows.has(`perspective:${added.id}`)).toBe(true);
    expect(device.rows.has(sent)).toBe(false);

    const fresh = newDevice();
    for (let answer = await pullPage(w.storage, w.naima, fresh); answer.more;) {
      answer = await pullPage(w.storage, w.naima, fresh);
    }
    expect([...device.rows.keys()].sort()).toEqual([...fresh.rows.keys()].sort());
    expect(JSON.stringify([...device.rows.values()])).not.toContain(canaries.privatePerspective);
  }, 300_000);
});
