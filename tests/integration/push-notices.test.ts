import { createECDH, randomBytes } from 'node:crypto';
import ece from 'http_ece';
import webpush, { type PushSubscription, type RequestOptions } from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../setup/test-server';
import { connectClient, perspectiveArgs, type SyncClient } from './sync-helpers';

// Web Push notices over real HTTP with web-push's real encryption and VAPID signature. No push
// service can run here, so the one stand-in is the transport: web-push builds its request and this
// test receives it instead of the browser vendor's push service, then decrypts it as a browser would.
interface Received {
  endpoint: string;
  authorization: string;
  plaintext: string;
}
const received: Received[] = [];
const receivers = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer }>();

async function deliver(subscription: PushSubscription, payload: string, options: RequestOptions) {
  const details = webpush.generateRequestDetails(subscription, payload, options);
  const receiver = receivers.get(subscription.endpoint)!;
  const plaintext = ece
    .decrypt(details.body as Buffer, {
      version: 'aes128gcm',
      privateKey: receiver.ecdh,
      authSecret: receiver.auth,
    })
    .toString('utf8');
  received.push({
    endpoint: subscription.endpoint,
    authorization: details.headers.Authorization as string,
    plaintext,
  });
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { sendPush: deliver });
});
afterAll(() => server?.close());

async function subscribe(client: SyncClient, name: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  const endpoint = `https://push.example.invalid/${name}-${randomBytes(4).toString('hex')}`;
  receivers.set(endpoint, { ecdh, auth });
  const response = await client.api.post('/api/push/subscriptions', {
    endpoint,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
    lang: 'nl',
    neutral: false,
  });
  expect(response.status, response.text).toBe(204);
  return endpoint;
}

const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
};

describe('push notices', () => {
  it('the key is for logged-in users only', async () => {
    const response = await fetch(`${server.baseUrl}/api/push/key`);
    expect(response.status).toBe(401);
  });

  it('tell Daan "there is something new" with no name or content, and never the writer herself', async () => {
    const daan = await connectClient(server.baseUrl, 'daan');
    const naima = await connectClient(server.baseUrl, 'naima');
    const daansEndpoint = await subscribe(daan, 'daan');
    const naimasEndpoint = await subscribe(naima, 'naima');
    const key = (await daan.api.get('/api/push/key')).body as { publicKey: string };

    await naima.mutate('perspective.add', perspectiveArgs({ text: 'CANARY-Naima-verhaal over Sam' }));
    await until(() => received.some((r) => r.endpoint === daansEndpoint));

    const toDaan = received.filter((r) => r.endpoint === daansEndpoint);
    expect(toDaan).toHaveLength(1);
    expect(JSON.parse(toDaan[0]!.plaintext)).toEqual({ v: 1, lang: 'nl', neutral: false });
    expect(toDaan[0]!.plaintext).not.toMatch(/CANARY|Naima|Sam/);
    expect(toDaan[0]!.authorization).toContain(`k=${key.publicKey}`);
    expect(received.some((r) => r.endpoint === naimasEndpoint)).toBe(false);
  });

  it('stop when the session that subscribed ends', async () => {
    const daan = await connectClient(server.baseUrl, 'daan');
    const naima = await connectClient(server.baseUrl, 'naima');
    const endpoint = await subscribe(daan, 'daan-leaving');
    expect((await daan.api.post('/api/auth/logout', {})).status).toBe(204);

    await naima.mutate('perspective.add', perspectiveArgs());
    await new Promise((r) => setTimeout(r, 500));

    expect(received.some((r) => r.endpoint === endpoint)).toBe(false);
  });
});
