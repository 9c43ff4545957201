import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit/audit-log';
import type { AuditRecord } from '../../src/server/storage/audit-queries';
import { accessLogResponseSchema } from '../../src/shared/api/audit';
import { addDays, todayInNl } from '../../src/shared/catalog/dates';
import * as z from 'zod/mini';
import { loginAs, runMatrix, type MatrixCall } from '../factories/matrix-run';
import { canaries, seedTwoCases, type TwoCases } from '../factories/two-cases';
import { startTestServer, type TestServer } from '../setup/test-server';

// SECURITY.md E1–E4: every audited route writes its row with every field filled, the log cannot be
// changed or emptied, tampering breaks the chain, it holds no content, and the family view shows
// only professionals' accesses.
let server: TestServer;
let fixture: TwoCases;
let calls: MatrixCall[];
let records: AuditRecord[];

/** Raw SQL on the test database, around the application (as an attacker with DB access would). */
async function rawSql(statement: string): Promise<void> {
  if (server.db.kind === 'sqlite') {
    const db = new Database(path.join(server.db.target.dataDir, 'gezien.db'));
    try {
      db.exec(statement);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: server.db.target.databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  // Every read logged (no coalescing window): this file counts one row per call.
  server = await startTestServer({
    GEZIEN_LOGIN_LIMIT_PER_MINUTE: '10000',
    GEZIEN_AUDIT_READ_WINDOW_SECONDS: '0',
  });
  fixture = await seedTwoCases(server.storage);
  calls = await runMatrix(server.baseUrl, fixture, ['professional', 'parentA', 'network', 'anonymous']);
  records = await server.storage.listAuditRecords({});
});
afterAll(() => server?.close());

describe('what is logged', () => {
  it('every successful call of an audited route wrote exactly its rows, with every field filled', () => {
    const audited = calls.filter(
      (c) =>
        c.response.status < 400 &&
        c.policy.audit !== null &&
        c.policy.audit !== 'handler' &&
        !(c.actor === 'anonymous' && c.policy.audit === 'logout'),
    );
    expect(audited.length).toBeGreaterThan(10);
    for (const call of audited) {
      const userId = call.actor === 'anonymous' ? undefined : fixture.users[call.actor];
      const basis = `route ${call.policy.method} ${call.policy.url}`;
      const rows = records.filter((r) => r.basis.startsWith(basis) && r.actorUserId === userId);
      const callsLikeThis = audited.filter((c) => c.actor === call.actor && c.policy === call.policy);
      const logins = call.policy.audit === 'session-start' ? 1 : 0;
      expect(rows.length, `${call.actor} ${basis}`).toBe(callsLikeThis.length + logins);
    }
    for (const record of records) {
      for (const field of [
        'at',
        'actorUserId',
        'onBehalfOf',
        'actorRole',
        'actorOrganisation',
        'dataEntity',
        'basis',
        'client',
      ] as const) {
        expect(record[field], `${record.seq} ${field}`).toMatch(/\S/);
      }
      expect(record.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(record.breakGlass).toBe(false);
      expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('a pull logs one read per case of the user, as their role there', () => {
    const pulls = records.filter((r) => r.basis.startsWith('route POST /api/sync/pull'));
    const byPro = pulls.filter((r) => r.actorUserId === fixture.users.professional);
    expect(byPro.length).toBeGreaterThan(0);
    expect(byPro[0]).toMatchObject({
      caseId: fixture.caseOne,
      action: 'read',
      dataEntity: 'case',
      actorRole: 'professional',
      actorOrganisation: 'Organisatie professional', // the account's, not the involvement's 'GI Een'
    });
  });

  it('failed logins, logins and logouts are logged', () => {
    const actions = new Set(records.map((r) => r.action));
    for (const action of ['login', 'login-failed', 'logout', 'read', 'export', 'delete'])
      expect(actions).toContain(action);
  });

  it('a mutation through push is logged in its own transaction, as a create by its author', async () => {
    const parent = await loginAs(server.baseUrl, 'parentA');
    const id = randomUUID();
    const args = {
      id,
      caseId: fixture.caseOne,
      subject: { type: 'case', id: fixture.caseOne },
      stance: 'story',
      text: 'PUSH-CANARY-TEXT',
      audience: 'private',
    };
    const response = await parent.post('/api/sync/push', {
      protocolVersion: 1,
      clientId: 'audit-push-client',
      mutations: [{ id: 1, name: 'perspective.add', args }],
    });
    expect(response.status).toBe(200);
    const rows = await server.storage.listAuditRecords({ actorUserId: fixture.users.parentA });
    const row = rows.find((r) => r.basis === 'mutation perspective.add');
    expect(row).toMatchObject({
      action: 'create',
      caseId: fixture.caseOne,
      dataEntity: 'perspective',
      dataIds: [id],
    });
    expect(JSON.stringify(rows)).not.toContain('PUSH-CANARY-TEXT');
  });

  it('the log holds no case content: no canary appears in it', () => {
    const text = JSON.stringify(records);
    for (const canary of Object.keys(canaries)) expect(text).not.toContain(canary);
  });

  it('the chain checks out', async () => {
    expect(await verifyAuditChain(server.storage)).toMatchObject({ ok: true });
  });
});

describe('the family view', () => {
  it('shows a parent the professional’s accesses, oldest first, never a family member’s, never ids', async () => {
    const parent = await loginAs(server.baseUrl, 'parentA');
    const response = await parent.get(`/api/cases/${fixture.caseOne}/access-log`);
    expect(response.status).toBe(200);
    const { entries } = z.parse(accessLogResponseSchema, response.body);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.actorRole === 'professional')).toBe(true);
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort());
    expect(entries[0]).toMatchObject({
      actorName: 'Jeugdbeschermer Een',
      organisation: 'Organisatie professional',
    });
    for (const id of [fixture.caseOne, ...Object.values(fixture.users)])
      expect(response.text).not.toContain(id);
  });

  it('filters by period', async () => {
    const parent = await loginAs(server.baseUrl, 'parentA');
    const tomorrow = addDays(todayInNl(), 1);
    const later = await parent.get(`/api/cases/${fixture.caseOne}/access-log?from=${tomorrow}`);
    expect(later.body).toEqual({ entries: [] });
    const bad = await parent.get(`/api/cases/${fixture.caseOne}/access-log?from=yesterday`);
    expect(bad.status).toBe(400);
  });
});

describe('append-only', () => {
  it('an UPDATE or DELETE of a log row is refused by the database', async () => {
    await expect(rawSql(`update access_log set basis = 'forged' where seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(rawSql(`delete from access_log where seq = 1`)).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(server.storage)).toMatchObject({ ok: true });
  });

  it('a row changed with the trigger switched off breaks the chain at that row', async () => {
    const seq = records[2]!.seq;
    if (server.db.kind === 'sqlite') {
      await rawSql(`drop trigger access_log_no_update`);
      await rawSql(`update access_log set actor_user_id = 'someone-else' where seq = ${seq}`);
    } else {
      await rawSql(`alter table access_log disable trigger access_log_no_change`);
      await rawSql(`update access_log set actor_user_id = 'someone-else' where seq = ${seq}`);
    }
    expect(await verifyAuditChain(server.storage)).toEqual({ ok: false, seq, problem: 'changed-row' });
  });
});
