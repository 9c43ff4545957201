import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { ApiError } from '../http/api-error';
import type { ChallengeRecord } from '../storage/passkey-queries';
import type { Storage } from '../storage/storage';

/**
 * Passkeys with @simplewebauthn/server 13 (SECURITY.md B4). User verification is required; every
 * challenge is stored server-side, lives 5 minutes and is deleted by the first verify that names
 * it, so a replayed response finds no challenge. The relying party is the configured origin
 * (GEZIEN_ORIGIN); without one, only a loopback origin taken from the request's Host is accepted.
 */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
const RP_NAME = 'Gezien';
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

export interface RelyingParty {
  rpID: string;
  origins: string[];
}

export function relyingParty(request: FastifyRequest, config: Config): RelyingParty {
  if (config.origins.length > 0) {
    const origin = config.origins.find((o) => new URL(o).host === request.headers.host) ?? config.origins[0]!;
    return { rpID: new URL(origin).hostname, origins: config.origins };
  }
  const host = request.headers.host ?? '';
  let url: URL | undefined;
  try {
    url = new URL(`http://${host}`);
  } catch {
    url = undefined;
  }
  if (!url || !LOOPBACK.has(url.hostname) || config.nodeEnv === 'production') {
    throw new ApiError(400, 'passkey-failed');
  }
  return { rpID: url.hostname, origins: [url.origin] };
}

const failed = () => new ApiError(401, 'passkey-failed');

function challengeOf(response: { response?: unknown }): string {
  try {
    const clientDataJSON = (response.response as { clientDataJSON?: unknown }).clientDataJSON;
    if (typeof clientDataJSON !== 'string') throw failed();
    const data = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8')) as unknown;
    const challenge = (data as { challenge?: unknown }).challenge;
    if (typeof challenge !== 'string' || challenge.length > 200) throw failed();
    return challenge;
  } catch {
    throw failed();
  }
}

/** Consumes the response's challenge: it must exist, be unexpired and be for this purpose and subject. */
async function takeChallenge(
  storage: Storage,
  response: { response?: unknown },
  purpose: ChallengeRecord['purpose'],
  subject: string | null,
  now: Date,
): Promise<string> {
  const record = await storage.consumeChallenge(challengeOf(response));
  if (!record || record.purpose !== purpose || record.subject !== subject) throw failed();
  if (now.getTime() >= Date.parse(record.expiresAt)) throw failed();
  return record.challenge;
}

async function saveChallenge(
  storage: Storage,
  challenge: string,
  purpose: ChallengeRecord['purpose'],
  subject: string | null,
  now: Date,
) {
  await storage.deleteExpiredChallenges(now.toISOString());
  const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS).toISOString();
  await storage.saveChallenge({ challenge, purpose, subject, expiresAt });
}

export async function registrationOptions(
  storage: Storage,
  rp: RelyingParty,
  user: { name: string; displayName: string; existing: string[] },
  subject: string,
  now = new Date(),
) {
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpID,
    userName: user.name,
    userDisplayName: user.displayName,
    timeout: CHALLENGE_TTL_MS,
    attestationType: 'none',
    excludeCredentials: user.existing.map((id) => ({ id })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  await saveChallenge(storage, options.challenge, 'register', subject, now);
  return options;
}

/** Verifies a new passkey; returns what to store. */
export async function verifyRegistration(
  storage: Storage,
  rp: RelyingParty,
  response: unknown,
  subject: string,
  now = new Date(),
) {
  const json = response as RegistrationResponseJSON;
  const expectedChallenge = await takeChallenge(storage, json, 'register', subject, now);
  const result = await verifyRegistrationResponse({
    response: json,
    expectedChallenge,
    expectedOrigin: rp.origins,
    expectedRPID: rp.rpID,
    requireUserVerification: true,
  }).catch(() => undefined);
  if (!result?.verified) throw failed();
  const { credential } = result.registrationInfo;
  return {
    id: credential.id,
    publicKey: Buffer.from(credential.publicKey).toString('base64url'),
    counter: credential.counter,
    transports: credential.transports ?? [],
  };
}

export async function authenticationOptions(storage: Storage, rp: RelyingParty, now = new Date()) {
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    timeout: CHALLENGE_TTL_MS,
    userVerification: 'required',
  });
  await saveChallenge(storage, options.challenge, 'login', null, now);
  return options;
}

/** Verifies a login assertion; returns the user id of the passkey. */
export async function verifyAuthentication(
  storage: Storage,
  rp: RelyingParty,
  response: unknown,
  now = new Date(),
): Promise<string> {
  const json = response as AuthenticationResponseJSON;
  const expectedChallenge = await takeChallenge(storage, json, 'login', null, now);
  const passkey = await storage.findPasskey(json.id);
  if (!passkey) throw failed();
  const result = await verifyAuthenticationResponse({
    response: json,
    expectedChallenge,
    expectedOrigin: rp.origins,
    expectedRPID: rp.rpID,
    requireUserVerification: true,
    credential: {
      id: passkey.id,
      publicKey: Buffer.from(passkey.publicKey, 'base64url'),
      counter: passkey.counter,
    },
  }).catch(() => undefined);
  if (!result?.verified) throw failed();
  // A counter that did not grow means a cloned authenticator or a replay (B4).
  if (!(await storage.advancePasskeyCounter(passkey.id, result.authenticationInfo.newCounter)))
    throw failed();
  return passkey.userId;
}
