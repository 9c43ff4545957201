import type { MutationName } from '../../../shared/sync/mutations';
import type { Mutator } from './mutator';
import {
  addPerspective,
  editPerspective,
  markPerspectiveRead,
  resolvePerspective,
  setPerspectiveObjection,
  withdrawPerspective,
} from './perspective-mutators';
import { addReply } from './reply-mutators';
import { endInvolvement, putInvolvement } from './involvement-mutators';
import { putDecision, withdrawDecision } from './decision-mutators';
import { putStatement, withdrawStatement } from './statement-mutators';
import { cancelEvent, putEvent } from './event-mutators';
import { addMember, endMember, updateMember } from './member-mutators';
import { addTeamMember, setTeamRole } from './team-mutators';

/**
 * The server mutator of every mutation in shared/sync/mutations.ts (the compiler checks all are
 * here), except case.create, which has no case to run in yet (../case-create.ts).
 */
export const mutators: { [N in Exclude<MutationName, 'case.create'>]: Mutator<N> } = {
  'perspective.add': addPerspective,
  'perspective.edit': editPerspective,
  'perspective.withdraw': withdrawPerspective,
  'perspective.resolve': resolvePerspective,
  'perspective.markRead': markPerspectiveRead,
  'perspective.setObjection': setPerspectiveObjection,
  'reply.add': addReply,
  'involvement.put': putInvolvement,
  'involvement.end': endInvolvement,
  'decision.put': putDecision,
  'decision.withdraw': withdrawDecision,
  'statement.put': putStatement,
  'statement.withdraw': withdrawStatement,
  'event.put': putEvent,
  'event.cancel': cancelEvent,
  'member.add': addMember,
  'member.update': updateMember,
  'member.end': endMember,
  'team.add': addTeamMember,
  'team.setRole': setTeamRole,
};
