// Seeds the device database the way a pull does, for the Besluiten and Mijn overzicht tests.
import { saveMe } from '../../../data/repos/me-repo';
import { applyChanges } from '../../../data/sync/apply-changes';
import { aMe, put } from '../../../data/testing/fixtures';
import type { CaseEvent, Decision, Involvement, Member, Reply, Statement } from '../../../shared/domain';

export interface Seed {
  me: Member;
  members?: Member[];
  involvements?: Involvement[];
  decisions?: Decision[];
  statements?: Statement[];
  events?: CaseEvent[];
  replies?: Reply[];
}

export async function seedCase(seed: Seed): Promise<void> {
  await saveMe(aMe(seed.me.caseId, seed.me.id));
  await applyChanges(
    [
      put('member', seed.me),
      ...(seed.members ?? []).map((m) => put('member', m)),
      ...(seed.involvements ?? []).map((i) => put('involvement', i)),
      ...(seed.decisions ?? []).map((d) => put('decision', d)),
      ...(seed.statements ?? []).map((s) => put('statement', s)),
      ...(seed.events ?? []).map((e) => put('event', e)),
      ...(seed.replies ?? []).map((r) => put('reply', r)),
    ],
    { cursor: 'c1' },
  );
}
