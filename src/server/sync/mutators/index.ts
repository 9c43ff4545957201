import type { MutationName } from '../../../shared/sync/mutations';
import type { Mutator } from './mutator';
import {
  addPerspective,
  addReply,
  editPerspective,
  markPerspectiveRead,
  resolvePerspective,
  withdrawPerspective,
} from './perspective-mutators';
import {
  cancelEvent,
  endInvolvement,
  putDecision,
  putEvent,
  putInvolvement,
  putStatement,
  withdrawDecision,
  withdrawStatement,
} from './professional-mutators';

/** The server mutator of every mutation in shared/sync/mutations.ts (the compiler checks all are here). */
export const mutators: { [N in MutationName]: Mutator<N> } = {
  'perspective.add': addPerspective,
  'perspective.edit': editPerspective,
  'perspective.withdraw': withdrawPerspective,
  'perspective.resolve': resolvePerspective,
  'perspective.markRead': markPerspectiveRead,
  'reply.add': addReply,
  'involvement.put': putInvolvement,
  'involvement.end': endInvolvement,
  'decision.put': putDecision,
  'decision.withdraw': withdrawDecision,
  'statement.put': putStatement,
  'statement.withdraw': withdrawStatement,
  'event.put': putEvent,
  'event.cancel': cancelEvent,
};
