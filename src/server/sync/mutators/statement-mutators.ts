import type { Statement } from '../../../shared/domain';
import { put, type Mutator } from './mutator';
import { byId, putChecked, putTarget } from './references';

/** Reasons behind a decision; the server keeps each earlier wording in `history`. */

export const putStatement: Mutator<'statement.put'> = {
  target: putTarget('statement'),
  async apply({ value }, context, current) {
    const before = current as Statement | undefined;
    if (before?.status === 'withdrawn') return 'conflict';
    const history = before ? [...before.history] : [];
    if (before && before.text !== value.text) history.push({ text: before.text, replacedAt: context.now });
    return putChecked('statement', { ...value, history }, context);
  },
};

/** A withdrawn reason stays readable, marked withdrawn, like a corrected one. */
export const withdrawStatement: Mutator<'statement.withdraw'> = {
  ...byId('statement'),
  apply: async (_args, _context, current) => [
    put('statement', { ...(current as Statement), status: 'withdrawn' }),
  ],
};
