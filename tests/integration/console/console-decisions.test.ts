import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision, Statement } from '../../../src/shared/domain';
import { seedTwoCases, type LoggedInActor, type TwoCases } from '../../factories/two-cases';
import { startTestServer, type ApiClient, type TestServer } from '../../setup/test-server';
import { loginAs, pushOne } from './console-client';

// Decisions and their reasons from the console (issue 11) over real HTTP: the law's longest duration
// and the order of dates are checked by the server too, and keeping a reason current keeps its
// history honest. SQLite here, PostgreSQL under the pg project.
let server: TestServer;
let fixture: TwoCases;
let pro: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ GEZIEN_LOGIN_LIMIT_PER_MINUTE: '10000' });
  fixture = await seedTwoCases(server.storage);
  pro = await loginAs(server.baseUrl, 'professional');
});
afterAll(() => server?.close());

const ots = (extra: Partial<Decision> = {}): Decision => ({
  id: randomUUID(),
  caseId: fixture.caseOne,
  kind: 'ots',
  title: 'OTS van Sam',
  summary: '',
  decidedBy: null,
  decidedOn: '2026-03-01',
  startsOn: '2026-03-01',
  endsOn: '2027-03-01',
  reviewOn: null,
  legalBasis: 'BW 1:255, 1:258',
  meaning: { parent: 'Uitleg', youth: 'Uitleg' },
  nextSteps: '',
  status: 'in-effect',
  sharedWithNetwork: false,
  ...extra,
});
const row = async <T>(entity: 'decision' | 'statement', id: string) =>
  (await server.storage.findRow(entity, id))?.value as T | undefined;

describe('decision.put checks the dates as the form does', () => {
  it('accepts an OTS of twelve months', async () => {
    const value = ots();
    expect(await pushOne(pro, 'decision.put', { value })).toBe('applied');
    expect(await row<Decision>('decision', value.id)).toMatchObject({ endsOn: '2027-03-01' });
  });

  it('refuses an OTS longer than the law allows, an end before the start and a review before it', async () => {
    for (const extra of [{ endsOn: '2027-03-02' }, { endsOn: '2026-02-01' }, { reviewOn: '2026-01-01' }]) {
      const value = ots(extra);
      expect(await pushOne(pro, 'decision.put', { value }), JSON.stringify(extra)).toBe('bad-request');
      expect(await row('decision', value.id)).toBeUndefined();
    }
  });
});

describe('keeping a reason current', () => {
  it('confirms, adjusts with the old text kept, and withdraws for good', async () => {
    const decision = ots();
    expect(await pushOne(pro, 'decision.put', { value: decision })).toBe('applied');
    const value = {
      id: randomUUID(),
      caseId: fixture.caseOne,
      decisionId: decision.id,
      kind: 'fact' as const,
      text: 'Sam was 12 dagen niet op school.',
      source: 'School',
      observedOn: '2026-02-01',
      lastCheckedOn: '2026-02-01',
      status: 'current' as const,
    };
    expect(await pushOne(pro, 'statement.put', { value })).toBe('applied');

    // "Nog steeds juist": only the day it was checked changes; no history.
    expect(await pushOne(pro, 'statement.put', { value: { ...value, lastCheckedOn: '2026-06-01' } })).toBe(
      'applied',
    );
    expect(await row<Statement>('statement', value.id)).toMatchObject({
      lastCheckedOn: '2026-06-01',
      history: [],
    });

    // "Aanpassen": the new text, marked corrected; the old one stays with when it was replaced.
    const adjusted = { ...value, text: 'Sam was 8 dagen niet op school.', status: 'corrected' as const };
    expect(await pushOne(pro, 'statement.put', { value: adjusted })).toBe('applied');
    const stored = await row<Statement>('statement', value.id);
    expect(stored).toMatchObject({ text: adjusted.text, status: 'corrected' });
    expect(stored?.history).toEqual([{ text: value.text, replacedAt: expect.any(String) }]);

    // "Intrekken": stays readable, withdrawn; it cannot be put back with a put.
    expect(await pushOne(pro, 'statement.withdraw', { id: value.id })).toBe('applied');
    expect(await row<Statement>('statement', value.id)).toMatchObject({
      status: 'withdrawn',
      text: adjusted.text,
    });
    expect(await pushOne(pro, 'statement.put', { value: adjusted })).toBe('conflict');
  });

  it('a family member can neither confirm nor adjust a reason', async () => {
    const decision = ots();
    expect(await pushOne(pro, 'decision.put', { value: decision })).toBe('applied');
    const value = {
      id: randomUUID(),
      caseId: fixture.caseOne,
      decisionId: decision.id,
      kind: 'opinion' as const,
      text: 'De mentor vindt dat Sam zich slecht concentreert.',
      source: 'School',
      observedOn: '2026-02-01',
      lastCheckedOn: '2026-02-01',
      status: 'current' as const,
    };
    expect(await pushOne(pro, 'statement.put', { value })).toBe('applied');
    // The network cannot see an unshared decision's reason at all: not-found, as if it did not exist.
    const expected: [LoggedInActor, string][] = [
      ['parentA', 'forbidden'],
      ['youth16', 'forbidden'],
      ['network', 'not-found'],
    ];
    for (const [actor, code] of expected) {
      const api = await loginAs(server.baseUrl, actor);
      const attempt = { ...value, text: 'Niet waar', status: 'corrected' as const };
      expect(await pushOne(api, 'statement.put', { value: attempt }), actor).toBe(code);
      const confirm = { ...value, lastCheckedOn: '2026-06-01' };
      expect(await pushOne(api, 'statement.put', { value: confirm }), actor).toBe(code);
    }
    expect(await row<Statement>('statement', value.id)).toMatchObject({
      text: value.text,
      lastCheckedOn: '2026-02-01',
    });
  });
});
