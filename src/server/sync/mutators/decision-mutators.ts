import { decisionDateProblems } from '../../../shared/sync/decision-rules';
import { remove, type Mutator, type Write } from './mutator';
import { byId, putChecked, putTarget } from './references';

/** Decisions, written whole by a professional; a withdrawn decision is deleted with its reasons. */

export const putDecision: Mutator<'decision.put'> = {
  target: putTarget('decision'),
  // Dates out of order, or longer than the law allows, are refused as the form refuses them.
  apply: async ({ value }, context) =>
    decisionDateProblems(value).length > 0 ? 'bad-request' : putChecked('decision', value, context),
};

/** A decision taken back is gone for everyone, with its reasons. */
export const withdrawDecision: Mutator<'decision.withdraw'> = {
  ...byId('decision'),
  async apply(args, context) {
    const reasons = await context.referencing('statement', 'decisionId', args.id);
    const writes: Write[] = reasons.map((statement) => remove('statement', statement.id));
    return [...writes, remove('decision', args.id)];
  },
};
