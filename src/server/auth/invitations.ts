import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../http/api-error';
import type { InvitationRecord } from '../storage/invitation-queries';
import type { Storage } from '../storage/storage';
import { hashToken } from './sessions';

/**
 * Invitations (SECURITY.md B1, DESIGN.md §5). The link token has 192 random bits and is stored as
 * its SHA-256; the 6-digit code is stored as SHA-256(token, code), so the table alone cannot be
 * brute-forced into a code. Five wrong codes kill the invitation; a right code yields a ticket
 * (15 minutes) to choose a passkey or password; redemption is single use.
 * An unknown token gets the same answer after the same work as a known token with a wrong code (B3).
 */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const TICKET_TTL_MS = 15 * 60 * 1000;
export const MAX_WRONG_CODES = 5;

const codeHash = (token: string, code: string) =>
  createHash('sha256').update(`gezien-invitation-code\n${token}\n${code}`).digest();
const sameHash = (a: Buffer, b: string) => {
  const expected = Buffer.from(b, 'base64url');
  return a.length === expected.length && timingSafeEqual(a, expected);
};

export async function createInvitation(
  storage: Storage,
  { caseId, memberId, createdBy }: { caseId: string; memberId: string; createdBy: string },
  now = new Date(),
) {
  const token = randomBytes(24).toString('base64url');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS).toISOString();
  await storage.transaction((tx) =>
    tx.createInvitation({
      id: randomUUID(),
      tokenHash: hashToken(token),
      codeHash: codeHash(token, code).toString('base64url'),
      caseId,
      memberId,
      createdBy,
      createdAt: now.toISOString(),
      expiresAt,
      wrongCodes: 0,
      ticketHash: null,
      ticketExpiresAt: null,
      usedAt: null,
    }),
  );
  return { token, code, expiresAt };
}

// Compared against when the token is unknown, so both paths hash and compare the same.
const unknownCodeHash = randomBytes(32).toString('base64url');

const isDead = (invitation: InvitationRecord, now: Date) =>
  invitation.wrongCodes >= MAX_WRONG_CODES || now.getTime() >= Date.parse(invitation.expiresAt);

/** Checks token + code; returns the invitation and a fresh ticket, or throws a stable error. */
export async function checkInvitation(storage: Storage, token: string, code: string, now = new Date()) {
  const invitation = await storage.findInvitationByTokenHash(hashToken(token));
  const right = sameHash(codeHash(token, code), invitation?.codeHash ?? unknownCodeHash);
  if (!invitation) throw new ApiError(401, 'invitation-invalid');
  if (invitation.usedAt) throw new ApiError(410, 'invitation-used');
  if (isDead(invitation, now)) throw new ApiError(410, 'invitation-expired');
  // The try is counted before the answer is known, so parallel guesses cannot exceed five.
  if (!(await storage.reserveCodeTry(invitation.id, MAX_WRONG_CODES))) {
    throw new ApiError(410, 'invitation-expired');
  }
  if (!right) {
    const dead = invitation.wrongCodes + 1 >= MAX_WRONG_CODES;
    throw new ApiError(dead ? 410 : 401, dead ? 'invitation-expired' : 'invitation-invalid');
  }
  await storage.releaseCodeTry(invitation.id);
  const ticket = randomBytes(24).toString('base64url');
  const ticketExpiresAt = new Date(now.getTime() + TICKET_TTL_MS).toISOString();
  await storage.setInvitationTicket(invitation.id, hashToken(ticket), ticketExpiresAt);
  return { invitation, ticket, ticketExpiresAt };
}

/** The live invitation a ticket belongs to, or a stable error. */
export async function invitationForTicket(storage: Storage, ticket: string, now = new Date()) {
  const invitation = await storage.findInvitationByTicketHash(hashToken(ticket));
  if (!invitation) throw new ApiError(401, 'invitation-invalid');
  if (invitation.usedAt) throw new ApiError(410, 'invitation-used');
  if (isDead(invitation, now) || now.getTime() >= Date.parse(invitation.ticketExpiresAt ?? '')) {
    throw new ApiError(410, 'invitation-expired');
  }
  return invitation;
}

/**
 * Creates the member's login and links it, all or nothing: the invitation is marked used first, so
 * of two redemptions racing with one ticket only one gets a login.
 */
export async function redeemInvitation(
  storage: Storage,
  invitation: InvitationRecord,
  login: { username: string; passwordHash: string; displayName: string },
  afterCreate: (tx: Storage, userId: string) => Promise<void> = async () => {},
  now = new Date(),
) {
  return storage.transaction(async (tx) => {
    if (!(await tx.markInvitationUsed(invitation.id, now.toISOString()))) {
      throw new ApiError(410, 'invitation-used');
    }
    if ((await tx.findMemberUserId(invitation.memberId)) !== null) throw new ApiError(410, 'invitation-used');
    if (await tx.findUserByUsername(login.username)) throw new ApiError(409, 'username-taken');
    const user = { id: randomUUID(), kind: 'family' as const, disabled: false, organisation: null, ...login };
    await tx.createUser(user);
    await tx.assignMember(invitation.memberId, user.id);
    await afterCreate(tx, user.id);
    return user;
  });
}
