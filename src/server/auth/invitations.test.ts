import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/setup/test-db';
import { demoIds } from '../demo/demo-family';
import { seedDemoIfEmpty } from '../demo/seed-demo';
import { ApiError } from '../http/api-error';
import { openStorage } from '../storage/open-storage';
import type { Storage } from '../storage/storage';
import { checkInvitation, createInvitation, invitationForTicket } from './invitations';

// Invitation lifetimes with a controlled clock (SECURITY.md B1).
let db: TestDatabase;
let storage: Storage;
const start = new Date('2025-03-01T08:00:00.000Z');
const later = (ms: number) => new Date(start.getTime() + ms);
const DAY = 86_400_000;
const invitee = {
  caseId: demoIds.case,
  memberId: demoIds.members.oma,
  createdBy: demoIds.users.jeugdbeschermer,
};

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof ApiError ? `${error.statusCode} ${error.code}` : String(error)),
  );

beforeAll(async () => {
  db = await createTestDatabase();
  storage = await openStorage(db.target);
  await seedDemoIfEmpty(storage, 'gezien-demo', '2025-03-01');
});
afterAll(async () => {
  await storage?.close();
  await db?.drop();
});

describe('invitation lifetimes', () => {
  it('an invitation works on day 6 and is refused as expired after 7 days', async () => {
    const { token, code } = await createInvitation(storage, invitee, start);
    expect(await failure(checkInvitation(storage, token, code, later(7 * DAY)))).toBe(
      '410 invitation-expired',
    );
    expect(await failure(checkInvitation(storage, token, code, later(6 * DAY)))).toBe('ok');
  });

  it('a ticket from a right code lasts 15 minutes', async () => {
    const { token, code } = await createInvitation(storage, invitee, start);
    const { ticket } = await checkInvitation(storage, token, code, start);
    expect(await failure(invitationForTicket(storage, ticket, later(14 * 60_000)))).toBe('ok');
    expect(await failure(invitationForTicket(storage, ticket, later(15 * 60_000)))).toBe(
      '410 invitation-expired',
    );
  });

  it('a new invitation for the same member replaces the old link', async () => {
    const first = await createInvitation(storage, invitee, start);
    await createInvitation(storage, invitee, start);
    expect(await failure(checkInvitation(storage, first.token, first.code, start))).toBe(
      '401 invitation-invalid',
    );
  });

  it('tokens are never stored, only their hashes', async () => {
    const { token } = await createInvitation(storage, invitee, start);
    expect(await storage.findInvitationByTokenHash(token)).toBeUndefined();
  });
});
