import { randomUUID } from 'node:crypto';
import type { DemoFamily } from '../../../src/server/demo/demo-family-types';
import type { Storage } from '../../../src/server/storage/storage';
import type { Decision, Involvement, Perspective, Statement } from '../../../src/shared/domain';
import { buildTestFamily } from '../../factories/test-family';

/**
 * A case of any size for the bench: the test family (4 logins, `bench-naima` among them) plus
 * people, decisions, reasons and perspectives in the proportions of a case with years of history
 * (per 20 rows: 1 decision, 3 people, 12 reasons, 4 perspectives), texts as long as real ones.
 */
export const BENCH_PASSWORD = 'bench-password-1';
export const benchUsername = (name: string) => `bench-${name}`;

const story =
  'Naima en Daan spraken af dat Sam om de week bij oma Ria logeert en op vrijdag naar voetbal gaat. ';

export interface ExtraRows {
  involvements: Involvement[];
  decisions: Decision[];
  statements: Statement[];
  perspectives: Perspective[];
}

export const rowCount = (family: DemoFamily) =>
  1 +
  family.members.length +
  family.involvements.length +
  family.decisions.length +
  family.statements.length +
  family.events.length +
  family.perspectives.length +
  family.replies.length;

/** `count` more rows for the family's case; rows hang off the family's first decision and author. */
export function extraRows(family: DemoFamily, count: number, start = 0): ExtraRows {
  const rows: ExtraRows = { involvements: [], decisions: [], statements: [], perspectives: [] };
  const author = family.members[0]!.id;
  let decision = family.decisions[0]!;
  for (let i = start; i < start + count; i += 1) {
    const slot = i % 20;
    if (slot === 0) {
      decision = { ...decision, id: randomUUID(), title: `Besluit ${i}`, summary: story };
      rows.decisions.push(decision);
    } else if (slot <= 3) {
      const template = family.involvements[0]!;
      rows.involvements.push({ ...template, id: randomUUID(), personName: `Persoon ${i}`, contactFor: [] });
    } else if (slot <= 15) {
      const template = family.statements[0]!;
      rows.statements.push({
        ...template,
        id: randomUUID(),
        decisionId: decision.id,
        text: `Reden ${i}: ${story}`,
      });
    } else {
      const template = family.perspectives[0]!;
      rows.perspectives.push({
        ...template,
        id: randomUUID(),
        authorMemberId: author,
        subject: { type: 'decision', id: decision.id },
        text: `Mijn kijk ${i}: ${story}`,
      });
    }
  }
  return rows;
}

/** The test family with bench usernames, grown to `rows` rows in all. */
export function bigFamily(rows: number): DemoFamily {
  const family = buildTestFamily();
  family.users = family.users.map((user) => ({
    ...user,
    username: benchUsername(user.username) as DemoFamily['users'][number]['username'],
  }));
  const extra = extraRows(family, Math.max(0, rows - rowCount(family)));
  family.involvements.push(...extra.involvements);
  family.decisions.push(...extra.decisions);
  family.statements.push(...extra.statements);
  family.perspectives.push(...extra.perspectives);
  return family;
}

/** Adds rows to the case as later writes would, in transactions of at most 5,000 rows. */
export async function growCase(storage: Storage, family: DemoFamily, from: number, to: number) {
  for (let start = from; start < to; start += 5_000) {
    const extra = extraRows(family, Math.min(5_000, to - start), start);
    await storage.transaction(async (tx) => {
      const version = await tx.bumpCaseVersion(family.case.id);
      for (const value of extra.decisions) await tx.putEntity('decision', value, version);
      for (const value of extra.involvements) await tx.putEntity('involvement', value, version);
      for (const value of extra.statements) await tx.putEntity('statement', value, version);
      for (const value of extra.perspectives) await tx.putEntity('perspective', value, version);
    });
  }
}

/** Another family, with one login (`other-<n>`), to fill the database around the measured case. */
export function otherFamily(n: number): DemoFamily {
  const family = buildTestFamily();
  const parent = family.users[0]!;
  family.users = [{ ...parent, username: `other-${n}` as DemoFamily['users'][number]['username'] }];
  return family;
}
