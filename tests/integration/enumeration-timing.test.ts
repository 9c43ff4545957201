import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitation } from '../../src/server/auth/invitations';
import { setPasswordCostForTests } from '../../src/server/auth/password';
import { hashToken } from '../../src/server/auth/sessions';
import { demoIds } from '../../src/server/demo/demo-family';
import { createApiClient, startTestServer, type TestServer } from '../setup/test-server';

// No user or invitation enumeration (SECURITY.md B3): known and unknown identifiers get the same
// status and body, and the median time differs by less than 10 ms over 200 tries each, measured
// over real HTTP, interleaved so machine load hits both sides alike.
let server: TestServer;
const TRIES = 200;

beforeAll(async () => {
  // Same lower scrypt cost for the seeded hashes and the throwaway hash: 400 logins fit the time.
  setPasswordCostForTests(2 ** 12);
  server = await startTestServer({
    GEZIEN_LOGIN_LIMIT_PER_MINUTE: '100000',
    GEZIEN_ACCOUNT_FAILURES_PER_WINDOW: '100000',
    GEZIEN_IP_FAILURES_PER_WINDOW: '100000',
  });
});
afterAll(() => server?.close());

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
};

/** `between` runs after each request, outside the measured time. */
async function compare(
  known: () => Promise<{ status: number; text: string }>,
  unknown: typeof known,
  between: () => Promise<void> = async () => {},
) {
  const times = { known: [] as number[], unknown: [] as number[] };
  const answers = new Set<string>();
  for (let i = 0; i < TRIES; i++) {
    for (const [side, send] of i % 2
      ? ([
          ['known', known],
          ['unknown', unknown],
        ] as const)
      : ([
          ['unknown', unknown],
          ['known', known],
        ] as const)) {
      const started = performance.now();
      const response = await send();
      times[side].push(performance.now() - started);
      answers.add(`${response.status} ${response.text}`);
      await between();
    }
  }
  // Each try pairs one known and one unknown request sent back to back, so a load spike from the
  // shared machine hits both; the median of the paired differences is the number that matters.
  const paired = median(times.known.map((known, i) => known - times.unknown[i]!));
  return {
    answers: [...answers],
    known: median(times.known),
    unknown: median(times.unknown),
    paired,
  };
}

describe('no enumeration', () => {
  it('a known username with a wrong password and an unknown username look the same, in body, status and median time', async () => {
    const client = createApiClient(server.baseUrl);
    const result = await compare(
      () => client.login('naima', 'niet-het-wachtwoord'),
      () => client.login('niet-bestaand-xyz', 'niet-het-wachtwoord'),
    );
    console.info(
      `login median: known ${result.known.toFixed(2)} ms, unknown ${result.unknown.toFixed(2)} ms, paired difference ${result.paired.toFixed(2)} ms`,
    );
    expect(result.answers).toEqual(['401 {"error":"invalid-credentials"}']);
    expect(Math.abs(result.paired)).toBeLessThan(10);
  }, 300_000);

  it('a real invitation link with a wrong code and a made-up link look the same, in body, status and median time', async () => {
    const client = createApiClient(server.baseUrl);
    const { token, code } = await createInvitation(server.storage, {
      caseId: demoIds.case,
      memberId: demoIds.members.lina,
      createdBy: demoIds.users.jeugdbeschermer,
    });
    // Wrong codes would kill a real invitation after 5; lift the count each time to keep measuring.
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const fake = 'Q'.repeat(token.length);
    const reset = async () => {
      const invitation = await server.storage.findInvitationByTokenHash(hashToken(token));
      await server.storage.transaction(async (tx) => {
        await tx.createInvitation({ ...invitation!, wrongCodes: 0 });
      });
    };
    const result = await compare(
      () => client.post('/api/invitations/check', { token, code: wrong }),
      () => client.post('/api/invitations/check', { token: fake, code: wrong }),
      reset,
    );
    console.info(
      `invitation median: known ${result.known.toFixed(2)} ms, unknown ${result.unknown.toFixed(2)} ms, paired difference ${result.paired.toFixed(2)} ms`,
    );
    expect(result.answers).toEqual(['401 {"error":"invitation-invalid"}']);
    expect(Math.abs(result.paired)).toBeLessThan(10);
  }, 300_000);
});
