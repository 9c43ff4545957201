import { afterEach, describe, expect, it } from 'vitest';
import { deleteLocalDatabase } from '../db/gezien-db';
import { saveMe } from '../repos/me-repo';
import { mutate } from '../sync/mutate';
import { pushOnce } from '../sync/push';
import { stubApi } from '../testing/fake-api';
import { aMe, newId } from '../testing/fixtures';
import { request } from './http-client';
import { noteServerWait, resetServerWait, serverWaitRemainingMs } from './server-wait';

afterEach(resetServerWait);

describe('the wait the server asks for', () => {
  it('is read from Retry-After in seconds, and only grows', () => {
    noteServerWait('30', 1_000);
    noteServerWait('5', 1_000);
    expect(serverWaitRemainingMs(1_000)).toBe(30_000);
    expect(serverWaitRemainingMs(31_000)).toBe(0);
  });

  it('ignores a missing or strange header, and caps an absurd one at an hour', () => {
    for (const header of [null, '', 'soon', '-3', 'Wed, 21 Oct 2026 07:28:00 GMT']) noteServerWait(header, 0);
    expect(serverWaitRemainingMs(0)).toBe(0);
    noteServerWait('999999', 0);
    expect(serverWaitRemainingMs(0)).toBe(3_600_000);
  });

  it('comes with the error when the API answers 429', async () => {
    stubApi({
      'POST /api/sync/push': () => ({
        status: 429,
        body: { error: 'rate-limited' },
        headers: { 'retry-after': '12' },
      }),
    });
    await expect(request('POST', '/api/sync/push', null, {})).rejects.toMatchObject({
      code: 'rate-limited',
      retryAfter: '12',
    });
  });
});

describe('a push the server asks to wait', () => {
  it('keeps the sync from trying again before the wait is over', async () => {
    await deleteLocalDatabase();
    await saveMe(aMe(newId(), newId()));
    stubApi({
      'POST /api/sync/push': () => ({
        status: 429,
        body: { error: 'rate-limited' },
        headers: { 'retry-after': '30' },
      }),
    });
    await mutate('perspective.add', {
      id: newId(),
      caseId: newId(),
      subject: { type: 'case', id: newId() },
      stance: 'story',
      text: 'tekst',
      audience: 'everyone',
    });
    expect(await pushOnce()).toBe('failed');
    expect(serverWaitRemainingMs()).toBeGreaterThan(25_000);
  });
});
