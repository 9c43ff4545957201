// Optimistic, local versions of the console's writes (issue 10), mirroring the server's mutators:
// a professional sees a new case, member or person involved at once, offline too. They need no
// member of the case (a case just created has none in `me` yet), only the time of the write and
// the writer's name. team.add waits for the server: only it knows the colleague's name. The console
// registers them when it loads (rebase.ts), so the family's first download does not carry them.
import { todayInNl } from '../../shared/catalog/dates';
import { newMember, updatedMember } from '../../shared/sync/member-rules';
import type { MutationArgs, MutationName } from '../../shared/sync/mutations';
import { registerCaseSetupMutators } from '../sync/rebase';
import { MutatorError, type MutatorTx } from './mutator-tx';
import { recordMutators } from './record-mutators';

export interface CaseSetupContext {
  /** The outbox entry's createdAt. */
  now: string;
  /** The logged-in professional's name, for their own member row in a new case. */
  displayName: string;
}

type CaseSetupMutator<N extends MutationName> = (
  tx: MutatorTx,
  args: MutationArgs<N>,
  context: CaseSetupContext,
) => Promise<void>;

const createCase: CaseSetupMutator<'case.create'> = async (tx, args, context) => {
  await tx.put('case', { id: args.id, title: args.title, createdAt: context.now });
  await tx.put('member', {
    id: args.memberId,
    caseId: args.id,
    displayName: context.displayName,
    role: 'professional',
    hasCustody: null,
    youthAllowsParentView: false,
    relation: null,
    endedOn: null,
    teamRole: args.teamRole,
  });
};

async function existingMember(tx: MutatorTx, id: string) {
  const member = await tx.get('member', id);
  if (!member) throw new MutatorError('not-found');
  return member;
}

export type CaseSetupMutators = { [N in MutationName]?: CaseSetupMutator<N> };

/** Registered with the rebase by the console when it loads (registerCaseSetupMutators). */
export const caseSetupMutators: CaseSetupMutators = {
  'case.create': createCase,
  'member.add': (tx, args) => tx.put('member', newMember(args)),
  'member.update': async (tx, args) =>
    tx.put('member', updatedMember(await existingMember(tx, args.id), args)),
  'member.end': async (tx, args, context) => {
    const member = await existingMember(tx, args.id);
    await tx.put('member', { ...member, endedOn: todayInNl(new Date(context.now)) });
  },
  'team.setRole': async (tx, args) =>
    tx.put('member', { ...(await existingMember(tx, args.id)), teamRole: args.teamRole }),
  'involvement.put': (tx, args) => tx.put('involvement', args.value),
  'involvement.end': async (tx, args) => {
    const involvement = await tx.get('involvement', args.id);
    if (!involvement) throw new MutatorError('not-found');
    await tx.put('involvement', { ...involvement, until: args.until });
  },
};

/** Called once by the console when it loads: from then on its writes show at once on this device. */
export function enableCaseSetupMutators(): void {
  registerCaseSetupMutators({ ...caseSetupMutators, ...recordMutators });
}
