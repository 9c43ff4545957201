import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../src/server/demo/demo-family';
import { createApiClient, startTestServer, type TestServer } from '../setup/test-server';
import { connectClient, openPokes, statementValue, type SyncClient } from './sync-helpers';

// The poke stream: "pull now" and nothing else, and only when something the user may see changed.
let server: TestServer;
let pro: SyncClient;
beforeAll(async () => {
  server = await startTestServer();
  pro = await connectClient(server.baseUrl, 'jeugdbeschermer');
});
afterAll(() => server?.close());

describe('pokes', () => {
  it('the stream needs a session', async () => {
    const response = await createApiClient(server.baseUrl).get('/api/sync/events');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: 'unauthenticated' });
  });

  it('is an event stream that says when to reconnect and keeps the API’s security headers', async () => {
    const daan = await connectClient(server.baseUrl, 'daan');
    const stream = await openPokes(server.baseUrl, daan);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.response.headers.get('cache-control')).toBe('no-store');
    expect(stream.response.headers.get('x-content-type-options')).toBe('nosniff');
    const until = Date.now() + 2_000;
    while (stream.text() === '' && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
    expect(stream.text()).toMatch(/^retry: \d+\n\n/);
    await stream.close();
  });

  it('a write Daan can see pokes him without content; a write hidden from him does not poke him at all', async () => {
    const daan = await connectClient(server.baseUrl, 'daan');
    const naima = await connectClient(server.baseUrl, 'naima');
    const [daansStream, naimasStream] = [
      await openPokes(server.baseUrl, daan),
      await openPokes(server.baseUrl, naima),
    ];
    const hidden = statementValue({ hiddenFrom: [demoIds.members.daan] });
    await pro.mutate('statement.put', { value: hidden });
    expect(await naimasStream.waitForPokes(1)).toBe(1);
    expect(await daansStream.waitForPokes(1, 500)).toBe(0);

    const visible = statementValue();
    await pro.mutate('statement.put', { value: visible });
    expect(await daansStream.waitForPokes(1)).toBe(1);
    for (const stream of [daansStream, naimasStream]) {
      for (const secret of [demoIds.case, hidden.id, visible.id, hidden.text])
        expect(stream.text()).not.toContain(secret);
      expect(
        stream
          .text()
          .replace(/retry: \d+\n\n/, '')
          .replaceAll('event: poke\ndata: \n\n', '')
          .replaceAll(': keep-alive\n\n', ''),
      ).toBe('');
    }
    await Promise.all([daansStream.close(), naimasStream.close()]);
  });

  it('a push of ten writes is one poke, not ten', async () => {
    const naima = await connectClient(server.baseUrl, 'naima');
    const stream = await openPokes(server.baseUrl, naima);
    const writes = Array.from({ length: 10 }, () => ({
      name: 'statement.put',
      args: { value: statementValue() },
    }));
    const response = await pro.push(writes);
    expect(response.status).toBe(200);
    expect(await stream.waitForPokes(1)).toBe(1);
    expect(await stream.waitForPokes(2, 500)).toBe(1);
    await stream.close();
  });

  it('after logging out, the session can no longer open a stream', async () => {
    // Streams already open end at their next heartbeat (25 s, too slow to wait for here).
    const naima = await connectClient(server.baseUrl, 'naima');
    const stream = await openPokes(server.baseUrl, naima);
    await naima.api.post('/api/auth/logout');
    const again = await openPokes(server.baseUrl, naima);
    expect(again.response.status).toBe(401);
    await Promise.all([stream.close(), again.close()]);
  });
});
