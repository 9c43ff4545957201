// R2, Jepsen-style, at test size: five devices (the REAL client data layer, each with its own
// IndexedDB) write perspectives and replies through a proxy that drops, duplicates and delays sync
// requests and answers, go offline now and then, while the real server process is SIGKILLed and
// restarted. Then the network heals and everyone syncs to quiescence. The checker reads the server's
// SQLite file and each device's IndexedDB and prints one line; it fails on any lost or duplicated
// write, unauthorized row or device that did not converge. GEZIEN_SOAK=1 runs longer;
// GEZIEN_SEED=<n> replays a run.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../../src/server/demo/demo-family';
import { loadConfig } from '../../../src/server/config';
import { openStorage } from '../../../src/server/storage/open-storage';
import type { Perspective, Reply } from '../../../src/shared/domain';
import type { Change } from '../../../src/shared/sync/protocol';
import { cookieFetch, loadDevice, type DeviceModules } from '../../model/device';
import { createApiClient } from '../../setup/test-server';
import { FaultProxy } from './fault-proxy';
import { bundleServer, ServerProcess } from './server-process';

const SOAK = Boolean(process.env.GEZIEN_SOAK);
const SEED = process.env.GEZIEN_SEED ? Number(process.env.GEZIEN_SEED) : Math.floor(Math.random() * 2 ** 31);
const OPS_PER_DEVICE = SOAK ? 200 : 14;
const KILL_EVERY_MS = SOAK ? 5_000 : 1_200;
/** Devices keep working until the server has been killed this often, or the time is up. */
const TARGET_KILLS = SOAK ? 60 : 3;
const MIN_KILLS = SOAK ? 30 : 2;
const WORK_MS = SOAK ? 15 * 60_000 : 25_000;
const PASSWORD = 'gezien-demo';

/** mulberry32: small, seeded, good enough to pick faults reproducibly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(SEED);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

type Username = 'naima' | 'daan' | 'sam' | 'jeugdbeschermer';
interface Device {
  name: string;
  username: Username;
  memberId: string;
  professional: boolean;
  modules: DeviceModules;
  engine: InstanceType<DeviceModules['SyncEngine']>;
  offline: boolean;
}
interface Write {
  device: Device;
  kind: 'perspective' | 'reply';
  id: string;
  text: string;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'gezien-fault-'));
let server: ServerProcess | null = null;
let proxy: FaultProxy | null = null;
let bundle: string | null = null;
afterAll(async () => {
  await server?.stop();
  await proxy?.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (bundle) rmSync(bundle, { force: true });
});

async function createDevice(name: string, username: Username, baseUrl: string): Promise<Device> {
  const device = { name, username, offline: false } as Device;
  const jarFetch = cookieFetch();
  const modules = await loadDevice(async (input, init) => {
    if (device.offline) throw new TypeError('offline');
    return jarFetch(input, init);
  }, baseUrl);
  Object.assign(device, {
    modules,
    engine: new modules.SyncEngine({ eventsUrl: null }),
    memberId: demoIds.members[username],
    professional: username === 'jeugdbeschermer',
  });
  for (let attempt = 0; ; attempt += 1) {
    try {
      await modules.login(username, PASSWORD);
      return device;
    } catch (error) {
      if (attempt > 20) throw error;
      await sleep(200);
    }
  }
}

async function act(device: Device, index: number, writes: Write[]): Promise<void> {
  const r = random();
  const { modules } = device;
  if (r < 0.4) {
    const id = crypto.randomUUID();
    const text = `fault-${SEED}-${device.name}-p${index}`;
    const audience = (['everyone', 'professionals', 'private'] as const)[Math.floor(random() * 3)]!;
    await modules.mutate('perspective.add', {
      id,
      caseId: demoIds.case,
      subject: { type: 'case', id: demoIds.case },
      stance: 'story',
      text,
      audience,
    });
    writes.push({ device, kind: 'perspective', id, text });
  } else if (r < 0.55) {
    const visible = await modules.db.perspective.toArray();
    const target = visible[Math.floor(random() * visible.length)];
    if (!target) return;
    const id = crypto.randomUUID();
    const text = `fault-${SEED}-${device.name}-r${index}`;
    await modules.mutate('reply.add', { id, perspectiveId: target.id, text });
    writes.push({ device, kind: 'reply', id, text });
  } else if (r < 0.65) {
    device.offline = !device.offline;
  } else {
    await device.engine.syncNow();
  }
}

const visibleTo = (device: Device, p: Pick<Perspective, 'authorMemberId' | 'audience'>) =>
  p.authorMemberId === device.memberId ||
  p.audience === 'everyone' ||
  (p.audience === 'professionals' && device.professional);

describe('sync under faults', () => {
  it(
    'five devices, a lossy proxy and a killed server: nothing lost, nothing doubled, nothing leaked',
    async () => {
      const started = Date.now();
      const serverPort = await freePort();
      const entry = await bundleServer();
      bundle = entry;
      server = new ServerProcess(serverPort, dataDir, entry);
      await server.start();
      proxy = new FaultProxy({ targetPort: serverPort, random, faultRate: 0.4, delayMs: SOAK ? 5_000 : 400 });
      await proxy.start();
      const baseUrl = `http://127.0.0.1:${proxy.port}`;

      proxy.enabled = false;
      const devices = [
        await createDevice('naima', 'naima', baseUrl),
        await createDevice('naima-phone2', 'naima', baseUrl),
        await createDevice('daan', 'daan', baseUrl),
        await createDevice('sam', 'sam', baseUrl),
        await createDevice('jb', 'jeugdbeschermer', baseUrl),
      ];
      proxy.enabled = true;

      // Chaos: the devices work while the server is killed and restarted.
      const writes: Write[] = [];
      let working = true;
      const chaos = (async () => {
        while (working) {
          await sleep(KILL_EVERY_MS * (0.5 + random()));
          if (!working) break;
          await server!.kill();
          await sleep(150 + random() * 300);
          await server!.start();
        }
      })();
      let ops = 0;
      await Promise.all(
        devices.map(async (device) => {
          const busyUntil = Date.now() + WORK_MS;
          const more = (i: number) =>
            i < OPS_PER_DEVICE || (server!.kills < TARGET_KILLS && Date.now() < busyUntil);
          for (let i = 0; more(i); i += 1) {
            await act(device, i, writes).catch(() => undefined);
            ops += 1;
            await sleep(random() * 120);
          }
        }),
      );
      working = false;
      await chaos;

      // Heal: everything back, every device syncs until no device has anything left to send.
      proxy.enabled = false;
      for (const device of devices) device.offline = false;
      for (let round = 0; round < 10; round += 1) {
        const outcomes = [];
        for (const device of devices) outcomes.push(await device.engine.syncNow());
        const unsent = await Promise.all(devices.map((d) => d.modules.db.outbox.count()));
        if (round >= 1 && outcomes.every((o) => o === 'synced') && unsent.every((n) => n === 0)) break;
      }

      // Converged: each device holds exactly what a fresh pull gives its user.
      let diverged = 0;
      for (const device of devices) {
        const api = createApiClient(`http://127.0.0.1:${serverPort}`);
        await api.login(device.username);
        const pull = await api.post('/api/sync/pull', {
          protocolVersion: 1,
          clientId: `check-${device.name}`,
          cursor: null,
        });
        const changes = (pull.body as { changes: Change[] }).changes;
        for (const entity of ['perspective', 'reply'] as const) {
          const expected = new Set(
            changes.flatMap((c) =>
              c.op === 'put' && c.entity === entity ? [(c.value as { id: string }).id] : [],
            ),
          );
          const held = new Set(
            (await device.modules.db.table(entity).toArray()).map((row: { id: string }) => row.id),
          );
          for (const id of expected) if (!held.has(id)) diverged += 1;
          for (const id of held) if (!expected.has(id)) diverged += 1;
        }
      }

      // The server's truth, from its own database file.
      await server.stop();
      const storage = await openStorage(loadConfig({ NODE_ENV: 'test', GEZIEN_DATA_DIR: dataDir }));
      const snapshot = (await storage.loadCaseSnapshot(demoIds.case))!;
      await storage.close();
      const serverPerspectives = snapshot.rows.perspective.map((row) => row.value as Perspective);
      const serverReplies = snapshot.rows.reply.map((row) => row.value as Reply);
      const serverIds = new Set([...serverPerspectives, ...serverReplies].map((row) => row.id));

      let lost = 0;
      let rejected = 0;
      for (const write of writes) {
        if (serverIds.has(write.id)) continue;
        const kept = await write.device.modules.db.rejected.where('entityId').equals(write.id).count();
        if (kept > 0) rejected += 1;
        else lost += 1;
      }
      let duplicated = 0;
      const byText = new Map<string, number>();
      for (const row of [...serverPerspectives, ...serverReplies])
        byText.set(row.text, (byText.get(row.text) ?? 0) + 1);
      for (const count of byText.values()) if (count > 1) duplicated += count - 1;

      let unauthorized = 0;
      const perspectiveById = new Map(serverPerspectives.map((p) => [p.id, p]));
      for (const device of devices) {
        const rows = await device.modules.db.perspective.toArray();
        const texts = new Map<string, number>();
        for (const row of rows) {
          if (!visibleTo(device, row)) unauthorized += 1;
          texts.set(row.text, (texts.get(row.text) ?? 0) + 1);
        }
        for (const count of texts.values()) if (count > 1) duplicated += count - 1;
        for (const reply of await device.modules.db.reply.toArray()) {
          const about = perspectiveById.get(reply.perspectiveId);
          if (about && !visibleTo(device, about)) unauthorized += 1;
        }
      }

      const faults = Object.values(proxy.faults).reduce((a, b) => a + b, 0) + server.kills;
      console.log(
        `sync-fault: seed=${SEED} ops=${ops} writes=${writes.length} rejected=${rejected} ` +
          `faults=${faults} (${Object.entries(proxy.faults)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')} kills=${server.kills}) ` +
          `lost=${lost} duplicated=${duplicated} unauthorized=${unauthorized} diverged=${diverged} ` +
          `time=${((Date.now() - started) / 1000).toFixed(1)}s`,
      );
      expect({ lost, duplicated, unauthorized, diverged }).toEqual({
        lost: 0,
        duplicated: 0,
        unauthorized: 0,
        diverged: 0,
      });
      expect(server.kills).toBeGreaterThanOrEqual(MIN_KILLS);
      expect(writes.length).toBeGreaterThan(0);
    },
    SOAK ? 3_600_000 : 90_000,
  );
});
