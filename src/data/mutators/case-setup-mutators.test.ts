import { beforeEach, describe, expect, it } from 'vitest';
import { db, deleteLocalDatabase } from '../db/gezien-db';
import { listCases } from '../repos/cases-repo';
import { saveMe } from '../repos/me-repo';
import { applyChanges } from '../sync/apply-changes';
import { mutate } from '../sync/mutate';
import { writeOutcome } from '../sync/write-outcome';
import { newId } from '../testing/fixtures';
import { enableCaseSetupMutators } from './case-setup-mutators';

enableCaseSetupMutators();

// A professional's device: `me` lists none of the cases made here, as right after case.create.
beforeEach(async () => {
  await deleteLocalDatabase();
  await saveMe({ user: { id: newId(), kind: 'professional', displayName: 'Joyce Bakker' }, memberships: [] });
});

async function createCase() {
  const caseId = newId();
  const memberId = newId();
  const entry = await mutate('case.create', {
    id: caseId,
    title: 'Gezin El Amrani',
    memberId,
    teamRole: 'jeugdbeschermer',
  });
  return { caseId, memberId, entry };
}

describe('the console’s writes on this device', () => {
  it('a new case shows at once, offline, with me as its professional', async () => {
    const { caseId, memberId, entry } = await createCase();
    expect(entry.caseId).toBe(caseId);
    expect((await listCases()).map((c) => c.title)).toEqual(['Gezin El Amrani']);
    expect(await db.member.get(memberId)).toMatchObject({
      role: 'professional',
      displayName: 'Joyce Bakker',
    });
    expect(await writeOutcome(entry.mutationId)).toEqual({ state: 'pending' });
  });

  it('family members added to it, changed and ended show at once too', async () => {
    const { caseId } = await createCase();
    const id = newId();
    const details = { hasCustody: true, youthAllowsParentView: false, relation: null, birthDate: null };
    await mutate('member.add', { id, caseId, role: 'parent', displayName: 'Naima', ...details });
    await mutate('member.update', { id, displayName: 'Naima El Amrani', ...details, hasCustody: false });
    expect(await db.member.get(id)).toMatchObject({ displayName: 'Naima El Amrani', hasCustody: false });
    await mutate('member.end', { id });
    expect((await db.member.get(id))?.endedOn).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('a refused case.create leaves nothing of the case, and says why', async () => {
    const { caseId, entry } = await createCase();
    await applyChanges([], {
      cursor: 'c1',
      lastMutationId: entry.mutationId,
      rejections: [{ mutationId: entry.mutationId, code: 'forbidden' }],
    });
    expect(await db.case.get(caseId)).toBeUndefined();
    expect(await writeOutcome(entry.mutationId)).toEqual({ state: 'rejected', code: 'forbidden' });
  });
});
