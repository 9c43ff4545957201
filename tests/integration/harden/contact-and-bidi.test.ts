import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../../src/server/demo/demo-family';
import { startTestServer, type TestServer } from '../../setup/test-server';
import { connectClient, perspectiveArgs, type SyncClient } from '../sync-helpers';

// Issue 13 row 17: an e-mail or phone number that would add parameters to a mailto:/tel: link is
// refused; bidirectional control characters never reach the database in names and texts.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const RLO = '\u202e';
const ISOLATE = '\u2066';

async function rejectionsOf(client: SyncClient) {
  const response = await client.api.post('/api/sync/pull', {
    protocolVersion: 1,
    clientId: client.clientId,
    cursor: client.cursor,
  });
  return (response.body as { rejections: { mutationId: number; code: string }[] }).rejections;
}

describe('contact details', () => {
  it('an e-mail address with parameters or extra recipients, or a phone number with URL syntax, is refused', async () => {
    const pro = await connectClient(server.baseUrl, 'jeugdbeschermer');
    await pro.pull();
    const raad = pro.rows.get(`involvement:${demoIds.involvements.raad}`) as { contact: object };
    const withContact = (contact: object) => ({
      value: { ...raad, contact: { ...raad.contact, ...contact } },
    });
    const bad = [
      { email: 'l.verhoeven@example.nl?subject=Gezien&body=klik%20hier' },
      { email: 'l.verhoeven@example.nl,iemand@evil.example' },
      { phone: '030-000 3380;ext=1?x=y' },
    ];
    for (const contact of bad) await pro.mutate('involvement.put', withContact(contact));
    const rejections = await rejectionsOf(pro);
    expect(rejections.map((r) => r.code)).toEqual(['bad-request', 'bad-request', 'bad-request']);
    await pro.mutate('involvement.put', withContact({ email: 'linda@example.nl', phone: '+31 30 000 3380' }));
    expect(await rejectionsOf(pro)).toHaveLength(3);
  });
});

describe('bidirectional control characters', () => {
  it('are removed from names and texts before they are stored', async () => {
    const pro = await connectClient(server.baseUrl, 'jeugdbeschermer');
    await pro.pull();
    const raad = pro.rows.get(`involvement:${demoIds.involvements.raad}`) as Record<string, unknown>;
    await pro.mutate('involvement.put', { value: { ...raad, personName: `Linda ${RLO}nesiV` } });
    const sam = await connectClient(server.baseUrl, 'sam');
    const perspective = perspectiveArgs({ text: `Ik wil ${ISOLATE}niet${'\u2069'} verhuizen` });
    await sam.mutate('perspective.add', perspective);

    const stored = await server.storage.loadCaseSnapshot(demoIds.case);
    const person = stored!.rows.involvement.find((r) => r.id === demoIds.involvements.raad)!.value;
    const text = stored!.rows.perspective.find((r) => r.id === perspective.id)!.value.text;
    expect(person.personName).toBe('Linda nesiV');
    expect(text).toBe('Ik wil niet verhuizen');
  });
});
