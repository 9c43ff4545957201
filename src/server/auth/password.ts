import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashes with scrypt from node:crypto. The parameters travel inside the hash string
 * (`scrypt$N$r$p$salt$hash`, base64url), so they can be raised later without breaking old hashes.
 * N=2^17, r=8, p=1 (128 MiB per hash) is OWASP's minimum for scrypt. A hash made with other
 * parameters is replaced at the next successful login (`needsRehash`, issue 13 row 13). Under
 * NODE_ENV=test new hashes use N=2^15, so the test suites' thousands of logins stay affordable.
 */
export const scryptParamsFor = (nodeEnv: string | undefined) => ({
  N: nodeEnv === 'test' ? 2 ** 15 : 2 ** 17,
  r: 8,
  p: 1,
});
const params = scryptParamsFor(process.env.NODE_ENV);

/**
 * Lowers the cost for new hashes, for tests that make hundreds of logins on a shared machine.
 * Every path (known user, unknown user) then uses the same lower cost. Never called by the server.
 */
export function setPasswordCostForTests(N: number): void {
  params.N = N;
  dummy = undefined;
}
const KEY_LENGTH = 32;

const derive = (password: string, salt: Buffer, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => {
    const maxmem = 256 * options.N! * options.r!;
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

/** False for a wrong password and for a malformed hash; never throws on bad input. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  if (![options.N, options.r, options.p].every(Number.isSafeInteger)) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), options).catch(() => undefined);
  return actual !== undefined && actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummy: Promise<string> | undefined;

/**
 * Checks the password against a throwaway hash with the same parameters, so an unknown username
 * costs the same time as a wrong password (no user enumeration by timing).
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(password, await dummy);
  return false;
}

/** True when the stored hash was made with other parameters than new hashes get now. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return scheme !== 'scrypt' || Number(n) !== params.N || Number(r) !== params.r || Number(p) !== params.p;
}
