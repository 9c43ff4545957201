import { afterEach, describe, expect, it } from 'vitest';
import { stubApi } from '../testing/fake-api';
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

  it('is noted when the API answers 429', async () => {
    stubApi({
      'POST /api/sync/push': () => ({
        status: 429,
        body: { error: 'rate-limited' },
        headers: { 'retry-after': '12' },
      }),
    });
    await expect(request('POST', '/api/sync/push', null, {})).rejects.toMatchObject({ code: 'rate-limited' });
    expect(serverWaitRemainingMs()).toBeGreaterThan(10_000);
  });
});
