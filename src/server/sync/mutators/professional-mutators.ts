import type { CaseEvent, Involvement, Statement } from '../../../shared/domain';
import type { EntityValue } from '../../../shared/sync/protocol';
import { put, remove, type Mutator, type MutatorContext, type RowEntity, type Write } from './mutator';
import { referencesStayInCase } from './references';

/**
 * What professionals write: involvements, decisions, statements (reasons) and events. A put carries
 * the whole row; its case comes from the args only for a new row (run-mutation.ts refuses a put that
 * names another case than the stored row's). A statement's earlier wording is kept by the server.
 */
function putChecked<E extends RowEntity>(entity: E, value: EntityValue<E>, context: MutatorContext) {
  return referencesStayInCase(entity, value, context) ? [put(entity, value)] : ('bad-request' as const);
}

const byId = <E extends RowEntity>(entity: E) => ({
  target: (args: { id: string }) => ({ entity, id: args.id, exists: 'existing' as const }),
});

export const putInvolvement: Mutator<'involvement.put'> = {
  target: ({ value }) => ({ entity: 'involvement', id: value.id, exists: 'either', caseId: value.caseId }),
  apply: ({ value }, context) => putChecked('involvement', value, context),
};

export const endInvolvement: Mutator<'involvement.end'> = {
  ...byId('involvement'),
  apply: (args, _context, current) => [
    put('involvement', { ...(current as Involvement), until: args.until }),
  ],
};

export const putDecision: Mutator<'decision.put'> = {
  target: ({ value }) => ({ entity: 'decision', id: value.id, exists: 'either', caseId: value.caseId }),
  apply: ({ value }, context) => putChecked('decision', value, context),
};

/** A decision taken back is gone for everyone, with its reasons. */
export const withdrawDecision: Mutator<'decision.withdraw'> = {
  ...byId('decision'),
  apply(args, context) {
    const reasons = context.rowsOf('statement').filter((statement) => statement.decisionId === args.id);
    const writes: Write[] = reasons.map((statement) => remove('statement', statement.id));
    return [...writes, remove('decision', args.id)];
  },
};

export const putStatement: Mutator<'statement.put'> = {
  target: ({ value }) => ({ entity: 'statement', id: value.id, exists: 'either', caseId: value.caseId }),
  apply({ value }, context, current) {
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
  apply: (_args, _context, current) => [put('statement', { ...(current as Statement), status: 'withdrawn' })],
};

export const putEvent: Mutator<'event.put'> = {
  target: ({ value }) => ({ entity: 'event', id: value.id, exists: 'either', caseId: value.caseId }),
  apply: ({ value }, context) => putChecked('event', value as CaseEvent, context),
};

export const cancelEvent: Mutator<'event.cancel'> = {
  ...byId('event'),
  apply: (args) => [remove('event', args.id)],
};
