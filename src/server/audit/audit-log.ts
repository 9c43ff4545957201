import { createHash } from 'node:crypto';
import type { AuditAction, AuditRecord } from '../storage/audit-queries';
import type { Storage, UserRecord } from '../storage/storage';

/**
 * The access log (NEN 7513 model, SECURITY.md E1, E2, E4). `recordAccess` appends one row per access:
 * who (user, on whose behalf, role and organisation), which case and which data (entity + ids, never
 * content), what (action), why allowed (the policy rule) and from where (client class + address
 * hash). Rows form a SHA-256 chain: each hash covers the row's canonical fields and the previous
 * hash, so `verifyAuditChain` finds any changed, removed or inserted row. Call it inside the
 * transaction of the write it logs (push), so a write and its log row commit together.
 */
export interface AccessEntry {
  actorUserId: string;
  onBehalfOf?: string;
  actorRole: string;
  actorOrganisation?: string;
  caseId: string | null;
  dataEntity: string;
  dataIds: readonly string[];
  action: AuditAction;
  basis: string;
  client: string;
  breakGlass?: boolean;
  /** For tests with a clock; defaults to now. */
  at?: Date;
}

/** The organisation the log names for a login acting in a role: the login's, never case data. */
export const organisationOf = (user: UserRecord, role: string) =>
  role === 'professional' ? (user.organisation ?? '-') : 'family';

export const GENESIS_HASH = '0'.repeat(64);
const MAX_FIELD = 200;

/**
 * Log injection (ASVS 16.4.1): control characters (CR, LF, ANSI escape sequences and the rest of
 * C0/C1) are removed from every string before it is stored, and strings are cut to a fixed length.
 */
export function neutralize(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '')
      .slice(0, MAX_FIELD)
  );
}

type Canonical = Omit<AuditRecord, 'hash'>;

/** The hashed text: fixed field order, JSON-escaped, so no two different rows hash the same text. */
const canonicalText = (r: Canonical) =>
  JSON.stringify([
    r.seq,
    r.at,
    r.actorUserId,
    r.onBehalfOf,
    r.actorRole,
    r.actorOrganisation,
    r.caseId,
    r.dataEntity,
    r.dataIds,
    r.action,
    r.basis,
    r.client,
    r.breakGlass,
    r.prevHash,
  ]);

export const hashAuditRecord = (record: Canonical) =>
  createHash('sha256').update(canonicalText(record)).digest('hex');

export function recordAccess(storage: Storage, entry: AccessEntry): Promise<AuditRecord> {
  const clean = (value: string | undefined) => neutralize(value ?? '') || '-';
  return storage.appendAuditRecord((last) => {
    const record: Canonical = {
      seq: (last?.seq ?? 0) + 1,
      at: (entry.at ?? new Date()).toISOString(),
      actorUserId: clean(entry.actorUserId),
      onBehalfOf: clean(entry.onBehalfOf ?? entry.actorUserId),
      actorRole: clean(entry.actorRole),
      actorOrganisation: clean(entry.actorOrganisation),
      caseId: entry.caseId === null ? null : clean(entry.caseId),
      dataEntity: clean(entry.dataEntity),
      dataIds: entry.dataIds.slice(0, 500).map(clean),
      action: entry.action,
      basis: clean(entry.basis),
      client: clean(entry.client),
      breakGlass: entry.breakGlass ?? false,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    return { ...record, hash: hashAuditRecord(record) };
  });
}

export type ChainCheck = { ok: true; rows: number } | { ok: false; seq: number; problem: string };

/** Walks the whole log in order; the first row whose link, number or hash is off breaks it. */
export function checkAuditChain(records: readonly AuditRecord[]): ChainCheck {
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  for (const record of records) {
    if (record.seq !== expectedSeq) return { ok: false, seq: record.seq, problem: 'missing-row' };
    if (record.prevHash !== previous) return { ok: false, seq: record.seq, problem: 'broken-link' };
    const { hash, ...canonical } = record;
    if (hashAuditRecord(canonical) !== hash) return { ok: false, seq: record.seq, problem: 'changed-row' };
    previous = hash;
    expectedSeq += 1;
  }
  return { ok: true, rows: records.length };
}

export const verifyAuditChain = async (storage: Storage) =>
  checkAuditChain(await storage.listAuditRecords({}));
