import type { Involvement } from '../../../shared/domain';
import { put, type Mutator } from './mutator';
import { byId, putChecked, putTarget } from './references';

/** Who is involved: a professional adds, changes and ends involvements (ending is a put of `until`). */

export const putInvolvement: Mutator<'involvement.put'> = {
  target: putTarget('involvement'),
  apply: async ({ value }, context) => putChecked('involvement', value, context),
};

export const endInvolvement: Mutator<'involvement.end'> = {
  ...byId('involvement'),
  apply: async (args, _context, current) => [
    put('involvement', { ...(current as Involvement), until: args.until }),
  ],
};
