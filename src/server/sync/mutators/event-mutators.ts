import type { CaseEvent } from '../../../shared/domain';
import { remove, type Mutator } from './mutator';
import { byId, putChecked, putTarget } from './references';

/** Hearings, meetings, visits and deadlines; a cancelled event is deleted. */

export const putEvent: Mutator<'event.put'> = {
  target: putTarget('event'),
  apply: async ({ value }, context) => putChecked('event', value as CaseEvent, context),
};

export const cancelEvent: Mutator<'event.cancel'> = {
  ...byId('event'),
  apply: async (args) => [remove('event', args.id)],
};
