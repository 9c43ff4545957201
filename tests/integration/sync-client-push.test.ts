// The client data layer (mutate → outbox → push → pull) against the real server over real HTTP:
// what the family writes arrives once, what the server refuses comes back with its words kept, and
// a second device of another family member sees accepted words and loses withdrawn ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../src/server/demo/demo-family';
import { cookieFetch, loadDevice, type DeviceModules } from '../model/device';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../setup/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function device(username: string): Promise<DeviceModules & { sync: () => Promise<string> }> {
  const modules = await loadDevice(cookieFetch(), server.baseUrl);
  await modules.login(username, DEMO_PASSWORD);
  const engine = new modules.SyncEngine({ eventsUrl: null });
  return { ...modules, sync: () => engine.syncNow() };
}

const story = (text: string, audience: 'everyone' | 'professionals' | 'private' = 'everyone') => ({
  id: crypto.randomUUID(),
  caseId: demoIds.case,
  subject: { type: 'case' as const, id: demoIds.case },
  stance: 'story' as const,
  text,
  audience,
});

async function serverPerspective(id: string) {
  const snapshot = await server.storage.loadCaseSnapshot(demoIds.case);
  return snapshot?.rows.perspective.filter((row) => row.value.id === id).map((row) => row.value) ?? [];
}

describe('the sync client against the real server', () => {
  it('a story written on the device arrives once, and the device shows the server’s row as sent', async () => {
    const naima = await device('naima');
    const args = story('Ik wil dat jullie weten dat het beter gaat.');
    await naima.mutate('perspective.add', args);
    expect(await naima.countUnsent()).toBe(1);

    expect(await naima.sync()).toBe('synced');
    // A second sync (a retry after a lost answer) changes nothing.
    expect(await naima.sync()).toBe('synced');

    expect(await serverPerspective(args.id)).toHaveLength(1);
    expect(await naima.db.outbox.count()).toBe(0);
    const { items } = await naima.listMyPerspectives(demoIds.case, demoIds.members.naima);
    expect(items.find((item) => item.perspective.id === args.id)).toMatchObject({ state: 'sent' });
  });

  it('a story about something that does not exist is not accepted, and its words stay on the device', async () => {
    const naima = await device('naima');
    const args = {
      ...story('Over een besluit dat er niet is.'),
      subject: { type: 'decision' as const, id: crypto.randomUUID() },
    };
    await naima.mutate('perspective.add', args);

    expect(await naima.sync()).toBe('synced');

    expect(await serverPerspective(args.id)).toEqual([]);
    expect(await naima.db.perspective.get(args.id)).toBeUndefined();
    const { rejected } = await naima.listMyPerspectives(demoIds.case, demoIds.members.naima);
    expect(rejected).toEqual([expect.objectContaining({ code: 'not-found', args })]);
  });

  it('another family member receives the story, and loses it again when it is withdrawn', async () => {
    const naima = await device('naima');
    const daan = await device('daan');
    const args = story('Een verhaal voor iedereen.');
    await naima.mutate('perspective.add', args);
    await naima.sync();
    await daan.sync();
    expect((await daan.db.perspective.get(args.id))?.text).toBe('Een verhaal voor iedereen.');

    await naima.mutate('perspective.withdraw', { id: args.id });
    expect(await naima.db.perspective.get(args.id)).toBeUndefined();
    await naima.sync();
    await daan.sync();

    expect(await daan.db.perspective.get(args.id)).toBeUndefined();
    expect(await serverPerspective(args.id)).toEqual([]);
  });

  it('a private story never reaches the other parent’s device', async () => {
    const naima = await device('naima');
    const daan = await device('daan');
    const args = story('Alleen voor mij.', 'private');
    await naima.mutate('perspective.add', args);
    await naima.sync();
    await daan.sync();

    expect(await serverPerspective(args.id)).toHaveLength(1);
    expect(await daan.db.perspective.get(args.id)).toBeUndefined();
    expect((await naima.db.perspective.get(args.id))?.audience).toBe('private');
  });
});
