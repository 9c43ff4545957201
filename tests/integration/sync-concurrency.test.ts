import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../setup/test-server';
import { connectClient, perspectiveArgs, statementValue, type SyncClient } from './sync-helpers';

// Many clients writing to one case at once while all of them keep pulling: every client ends with
// exactly what a fresh full pull gives its user, so no incremental pull skipped a change. On SQLite
// writes take turns; under the pg project they race for the case row lock.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const WRITES_PER_CLIENT = 12;
const users = ['naima', 'naima', 'daan', 'daan', 'sam', 'jeugdbeschermer', 'jeugdbeschermer'] as const;

async function writeAll(client: SyncClient, username: string, written: string[]) {
  const mutations = Array.from({ length: WRITES_PER_CLIENT }, () => {
    if (username === 'jeugdbeschermer') {
      const value = statementValue();
      written.push(value.id);
      return { name: 'statement.put', args: { value } };
    }
    const args = perspectiveArgs({ text: `from ${username}` });
    written.push(args.id);
    return { name: 'perspective.add', args };
  });
  // Batches of 1–4, as an outbox that flushes whenever it can.
  while (mutations.length > 0) {
    const response = await client.push(mutations.splice(0, 1 + Math.floor(Math.random() * 4)));
    expect(response.status, response.text).toBe(200);
  }
}

describe(`concurrent writes to one case (${process.env.GEZIEN_TEST_DB ?? 'sqlite'})`, () => {
  it('every client’s incremental pulls end exactly where a fresh full pull does, with every write', async () => {
    const clients = await Promise.all(users.map((u) => connectClient(server.baseUrl, u)));
    await Promise.all(clients.map((c) => c.pull()));
    const written: string[] = [];
    let writing = true;
    const started = performance.now();
    const pulling = clients.map(async (client) => {
      while (writing) await client.pull();
    });
    await Promise.all(clients.map((client, i) => writeAll(client, users[i]!, written)));
    const elapsed = performance.now() - started;
    writing = false;
    await Promise.all(pulling);
    console.log(`${written.length} mutations from ${clients.length} clients in ${Math.round(elapsed)} ms`);

    expect(written).toHaveLength(users.length * WRITES_PER_CLIENT);
    for (const [i, client] of clients.entries()) {
      await client.pull();
      const fresh = await connectClient(server.baseUrl, users[i]!);
      await fresh.pull();
      expect(client.rows).toEqual(fresh.rows);
      // Everything written here is visible to every member (audience everyone, reasons of the OTS).
      for (const id of written) {
        const held = [...client.rows.keys()].some((key) => key.endsWith(id));
        expect(held, `${users[i]} misses ${id}`).toBe(true);
      }
    }
  });
});
