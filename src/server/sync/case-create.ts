import type { Member } from '../../shared/domain';
import type { MutationArgs } from '../../shared/sync/mutations';
import { mayCreateCase } from '../policy/write-policy';
import type { Storage } from '../storage/storage';
import type { MutationOutcome, RunContext } from './run-mutation';

/**
 * `case.create` (decision 009): steps 4–5 of a push for the one mutation that has no case yet. Only
 * a professional login may open a case (write-policy.ts); the case starts with one member, the actor,
 * as its professional, linked to their login in the same transaction, so their next pull (and every
 * route check) already knows them as a member. Both ids come from the client; a used id is a
 * `conflict`, as for any other new row. Nobody else can see the case yet, so there are no tombstones.
 */
export async function createCase(
  tx: Storage,
  args: MutationArgs<'case.create'>,
  { user, now }: RunContext,
): Promise<MutationOutcome> {
  if (!mayCreateCase(user.kind)) return { kind: 'rejected', code: 'forbidden' };
  if ((await tx.caseExists(args.id)) || (await tx.findRow('member', args.memberId))) {
    return { kind: 'rejected', code: 'conflict' };
  }
  await tx.createCase({ id: args.id, title: args.title, createdAt: now });
  const version = await tx.bumpCaseVersion(args.id);
  const member: Member = {
    id: args.memberId,
    caseId: args.id,
    displayName: user.displayName,
    role: 'professional',
    hasCustody: null,
    youthAllowsParentView: false,
    relation: null,
    endedOn: null,
    teamRole: args.teamRole,
  };
  await tx.putEntity('member', member, version);
  await tx.assignMember(member.id, user.id);
  return {
    kind: 'applied',
    caseId: args.id,
    version,
    touchedMembers: [member.id],
    access: { actorRole: 'professional', action: 'create', entity: 'case', ids: [args.id, member.id] },
  };
}
