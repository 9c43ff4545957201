import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../../../src/server/demo/demo-family';
import { seedDemoIfEmpty } from '../../../src/server/demo/seed-demo';
import { openStorage } from '../../../src/server/storage/open-storage';
import type { Storage } from '../../../src/server/storage/storage';
import { CaseRows } from '../../../src/server/sync/case-rows';
import type { RowEntity, Write } from '../../../src/server/sync/mutators/mutator';
import { valuesOf } from '../../../src/server/sync/run-mutation';
import { diffVisibility, rowKey, type VisibilityDiff } from '../../../src/server/sync/visibility-diff';
import { diffWrites } from '../../../src/server/sync/write-diff';
import type { Member } from '../../../src/shared/domain';
import { createTestDatabase, type TestDatabase } from '../../setup/test-db';

// Decision 010: the diff over written rows and their dependants finds exactly the tombstones and
// pokes of decision 005's whole-case diff, for every row of the demo case hidden from every member,
// deleted, and for changes to a youth's age and consent.
let db: TestDatabase;
let storage: Storage;
const today = '2026-03-01';

beforeAll(async () => {
  db = await createTestDatabase();
  storage = await openStorage(db.target);
  await seedDemoIfEmpty(storage, 'gezien-demo');
});
afterAll(async () => {
  await storage?.close();
  await db?.drop();
});

class Rollback extends Error {}

/** Both diffs for one set of writes, in a transaction that is rolled back. */
async function bothDiffs(writes: Write[]): Promise<[VisibilityDiff, VisibilityDiff]> {
  let result: [VisibilityDiff, VisibilityDiff] | undefined;
  await storage
    .transaction(async (tx) => {
      const snapshot = (await tx.loadCaseSnapshot(demoIds.case))!;
      const before = valuesOf(snapshot);
      const after = { ...before } as Record<string, { id: string }[]>;
      for (const w of writes) {
        const id = w.op === 'put' ? w.value.id : w.id;
        const rest = (after[w.entity] ?? []).filter((row) => row.id !== id);
        after[w.entity] = w.op === 'put' ? [...rest, w.value] : rest;
      }
      const written = new Set(writes.map((w) => rowKey(w.entity, w.op === 'put' ? w.value.id : w.id)));
      const whole = diffVisibility(before, after as never, written, today);
      const touched = await diffWrites(tx, await CaseRows.load(tx, demoIds.case), writes, today);
      result = [whole, touched];
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return result!;
}

const normal = (diff: VisibilityDiff) => ({
  changes: diff.changes.map((c) => `${c.memberId} ${c.entity}:${c.rowId}`).sort(),
  touchedMembers: [...diff.touchedMembers].sort(),
});

async function scenarios(): Promise<[string, Write[]][]> {
  const snapshot = (await storage.loadCaseSnapshot(demoIds.case))!;
  const members = snapshot.rows.member.map((row) => row.value);
  const list: [string, Write[]][] = [];
  const hideable: RowEntity[] = ['involvement', 'decision', 'statement', 'event', 'perspective'];
  for (const entity of hideable) {
    for (const row of snapshot.rows[entity]) {
      list.push([`delete ${entity} ${row.id}`, [{ op: 'delete', entity, id: row.id }]]);
      for (const member of members) {
        const value = { ...row.value, hiddenFrom: [member.id] } as never;
        list.push([`hide ${entity} ${row.id} from ${member.displayName}`, [{ op: 'put', entity, value }]]);
      }
    }
  }
  for (const decision of snapshot.rows.decision) {
    const value = { ...decision.value, sharedWithNetwork: !decision.value.sharedWithNetwork };
    list.push([`share ${decision.id}`, [{ op: 'put', entity: 'decision', value }]]);
  }
  const youth = members.find((m) => m.role === 'youth') as Member;
  const variants: Partial<Member>[] = [
    { youthAllowsParentView: !youth.youthAllowsParentView },
    { birthDate: '2008-01-01' },
    { birthDate: '2019-01-01' },
  ];
  for (const change of variants) {
    list.push([
      `youth ${JSON.stringify(change)}`,
      [{ op: 'put', entity: 'member', value: { ...youth, ...change } }],
    ]);
  }
  for (const parent of members.filter((m) => m.role === 'parent')) {
    const value = { ...parent, hasCustody: !parent.hasCustody };
    list.push([`custody ${parent.displayName}`, [{ op: 'put', entity: 'member', value }]]);
  }
  return list;
}

describe('the visibility diff over written rows and their dependants', () => {
  it('finds the same tombstones and pokes as comparing the whole case', async () => {
    const all = await scenarios();
    expect(all.length).toBeGreaterThan(100);
    let withTombstones = 0;
    for (const [name, writes] of all) {
      const [whole, touched] = await bothDiffs(writes);
      expect(normal(touched), name).toEqual(normal(whole));
      if (whole.changes.length > 0) withTombstones++;
    }
    // Not a comparison of two empty answers: most scenarios take rows from someone.
    expect(withTombstones).toBeGreaterThan(all.length / 2);
  }, 300_000);
});
