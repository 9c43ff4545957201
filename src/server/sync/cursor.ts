import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Pull cursors: the case → version map a client has seen, for one user on one day, sealed with
 * AES-256-GCM so a client can neither forge it nor read it. Sealed, not only signed: a readable
 * version would tell a member that their case changed even when nothing they may see did.
 * The day is in it because age rules change what a member may see without any write: a cursor
 * from another day is too old and the client starts again (`{reset:true}`).
 */
export type CaseVersions = Record<string, number>;

/** A case new to the client, part sent: the version its pages stop at and the last row sent. */
export type PageStates = Record<string, { upTo: number; after: { entity: number; id: string } }>;

export interface CursorState {
  userId: string;
  day: string;
  cases: CaseVersions;
  /** Cases arriving in pages (a first pull, decision 010). */
  pages?: PageStates;
}

/** The cursor format; a cursor of any other format is answered with a reset. */
const FORMAT = 2;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const sealingKey = (key: Buffer) => createHmac('sha256', key).update('gezien pull cursor v2').digest();

export function encodeCursor(key: Buffer, state: CursorState): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(key), iv);
  const p = Object.fromEntries(
    Object.entries(state.pages ?? {}).map(([id, { upTo, after }]) => [id, [upTo, after.entity, after.id]]),
  );
  const plain = JSON.stringify({ f: FORMAT, u: state.userId, d: state.day, c: state.cases, p });
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The state in a cursor this server sealed, or null for anything else. */
export function decodeCursor(key: Buffer, cursor: string): CursorState | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const raw = Buffer.from(cursor, 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(key), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    const parsed = JSON.parse(plain.toString('utf8')) as {
      f?: unknown;
      u?: unknown;
      d?: unknown;
      c?: unknown;
      p?: unknown;
    };
    if (parsed.f !== FORMAT || typeof parsed.u !== 'string' || typeof parsed.d !== 'string') return null;
    if (typeof parsed.c !== 'object' || parsed.c === null) return null;
    const versions = Object.values(parsed.c);
    if (!versions.every((v) => Number.isSafeInteger(v) && (v as number) > 0)) return null;
    const pages = pagesOf(parsed.p ?? {});
    if (!pages) return null;
    const state = { userId: parsed.u, day: parsed.d, cases: parsed.c as CaseVersions };
    return Object.keys(pages).length > 0 ? { ...state, pages } : state;
  } catch {
    return null;
  }
}

function pagesOf(raw: unknown): PageStates | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const pages: PageStates = {};
  for (const [caseId, entry] of Object.entries(raw)) {
    if (!Array.isArray(entry) || entry.length !== 3) return null;
    const [upTo, entity, id] = entry as unknown[];
    if (!Number.isSafeInteger(upTo) || !Number.isSafeInteger(entity) || typeof id !== 'string') return null;
    pages[caseId] = { upTo: upTo as number, after: { entity: entity as number, id } };
  }
  return pages;
}
