import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../storage/audit-queries';
import { checkAuditChain, GENESIS_HASH, hashAuditRecord, neutralize } from './audit-log';

function chain(count: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const row = {
      seq,
      at: `2025-01-0${seq}T10:00:00.000Z`,
      actorUserId: 'u1',
      onBehalfOf: 'u1',
      actorRole: 'professional',
      actorOrganisation: 'GI',
      caseId: 'c1',
      dataEntity: 'case',
      dataIds: ['c1'],
      action: 'read' as const,
      basis: 'route:GET /x',
      client: 'chrome',
      breakGlass: false,
      prevHash: records.at(-1)?.hash ?? GENESIS_HASH,
    };
    records.push({ ...row, hash: hashAuditRecord(row) });
  }
  return records;
}

describe('log injection', () => {
  it('CR, LF and ANSI escapes are removed from logged strings', () => {
    expect(neutralize('Mozilla\r\nFAKE 200 admin login')).toBe('MozillaFAKE 200 admin login');
    expect(neutralize('\u001b[31mred\u001b[0m text\u001b]0;title\u0007')).toBe('red text]0;title');
    expect(neutralize('a\u0085b\u2028c\u0000d')).toBe('abcd');
  });

  it('a very long string is cut to a fixed length', () => {
    expect(neutralize('x'.repeat(10_000))).toHaveLength(200);
  });
});

describe('the hash chain', () => {
  it('an untouched chain checks out', () => {
    expect(checkAuditChain(chain(4))).toEqual({ ok: true, rows: 4 });
  });

  it('a changed row breaks the chain at that row', () => {
    const records = chain(4);
    records[2] = { ...records[2]!, actorUserId: 'someone-else' };
    expect(checkAuditChain(records)).toEqual({ ok: false, seq: 3, problem: 'changed-row' });
  });

  it('a removed row breaks the chain', () => {
    const records = chain(4);
    records.splice(1, 1);
    expect(checkAuditChain(records)).toMatchObject({ ok: false, seq: 3 });
  });

  it('a removed last row and a rehashed changed row are caught by the link or the number', () => {
    const records = chain(3);
    const forged = { ...records[1]!, basis: 'forged' };
    records[1] = { ...forged, hash: hashAuditRecord({ ...forged }) };
    expect(checkAuditChain(records)).toEqual({ ok: false, seq: 3, problem: 'broken-link' });
  });
});
