import type { Database, SessionsTable } from './database-schema';

/**
 * Tables of migration 0002 (invitations, passkeys, WebAuthn challenges, session details), kept
 * apart from database-schema.ts so the auth queries own them. Times are ISO 8601 UTC text.
 */
export interface InvitationsTable {
  id: string;
  /** SHA-256 of the link token (base64url): a leaked table cannot be turned into links. */
  token_hash: string;
  /** SHA-256 of token + code: the 6-digit code cannot be brute-forced offline without the token. */
  code_hash: string;
  case_id: string;
  member_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  wrong_codes: number;
  /** Set after a right code: a short-lived ticket (hashed) for choosing a passkey or password. */
  ticket_hash: string | null;
  ticket_expires_at: string | null;
  used_at: string | null;
}

export interface PasskeysTable {
  /** WebAuthn credential id, base64url. */
  id: string;
  user_id: string;
  public_key: string;
  counter: number;
  transports: string;
  created_at: string;
}

export interface WebauthnChallengesTable {
  challenge: string;
  purpose: string;
  /** The user (registration from a session) or invitation id (registration during redemption). */
  subject: string | null;
  expires_at: string;
}

export interface AuthDatabase extends Omit<Database, 'sessions'> {
  /** Migration 0002 adds a coarse device label ("Chrome op Android"), never the raw user agent. */
  sessions: SessionsTable & { device: string | null };
  invitations: InvitationsTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
}
