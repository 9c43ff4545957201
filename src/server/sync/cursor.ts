import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Pull cursors: the case → version map a client has seen, signed so a client can neither forge
 * versions nor learn anything by editing it. Opaque to clients: `base64url(json).base64url(hmac)`.
 */
export type CaseVersions = Record<string, number>;

const sign = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest();

export function encodeCursor(key: Buffer, versions: CaseVersions): string {
  const payload = Buffer.from(JSON.stringify({ v: 1, cases: versions })).toString('base64url');
  return `${payload}.${sign(key, payload).toString('base64url')}`;
}

/** The versions in a cursor this server signed, or null for anything else. */
export function decodeCursor(key: Buffer, cursor: string): CaseVersions | null {
  const [payload, mac, extra] = cursor.split('.');
  if (!payload || !mac || extra !== undefined) return null;
  const expected = sign(key, payload);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      v?: unknown;
      cases?: unknown;
    };
    if (parsed.v !== 1 || typeof parsed.cases !== 'object' || parsed.cases === null) return null;
    const entries = Object.entries(parsed.cases);
    return entries.every(([, version]) => Number.isSafeInteger(version))
      ? (parsed.cases as CaseVersions)
      : null;
  } catch {
    return null;
  }
}
