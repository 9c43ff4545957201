// Optimistic, local versions of the console's decisions, reasons, events and answers (issue 11),
// mirroring src/server/sync/mutators: a professional sees what they recorded at once, offline too.
// The server's row replaces it on the next pull. Registered with the case-setup mutators, so only
// the console loads them.
import type { Statement } from '../../shared/domain';
import type { CaseSetupMutators } from './case-setup-mutators';
import { MutatorError, type MutatorTx } from './mutator-tx';

async function existing<E extends 'statement' | 'perspective'>(tx: MutatorTx, entity: E, id: string) {
  const row = await tx.get(entity, id);
  if (!row) throw new MutatorError('not-found');
  return row;
}

/** Like the server: a changed wording keeps the old one in `history`, marked with when it was replaced. */
export function nextStatement(before: Statement | undefined, value: Omit<Statement, 'history'>, now: string) {
  const history = before ? [...before.history] : [];
  if (before && before.text !== value.text) history.push({ text: before.text, replacedAt: now });
  return { ...value, history };
}

export const recordMutators: CaseSetupMutators = {
  'decision.put': (tx, args) => tx.put('decision', args.value),
  'decision.withdraw': async (tx, args) => {
    for (const reason of await tx.list('statement', 'decisionId', args.id))
      await tx.delete('statement', reason.id);
    await tx.delete('decision', args.id);
  },
  'statement.put': async (tx, args, context) => {
    const before = await tx.get('statement', args.value.id);
    if (before?.status === 'withdrawn') throw new MutatorError('conflict');
    await tx.put('statement', nextStatement(before, args.value, context.now));
  },
  'statement.withdraw': async (tx, args) => {
    const before = await existing(tx, 'statement', args.id);
    await tx.put('statement', { ...before, status: 'withdrawn' });
  },
  'event.put': (tx, args) => tx.put('event', args.value),
  'event.cancel': (tx, args) => tx.delete('event', args.id),
  // Like the server (decision 012): only an open request is answered; the server refuses a second answer.
  'perspective.resolve': async (tx, args, context) => {
    const before = await existing(tx, 'perspective', args.id);
    if (before.correctionStatus !== 'open') return;
    const { type, id } = before.subject;
    const statement = type === 'statement' ? await tx.get('statement', id) : undefined;
    const revision = args.outcome === 'corrected' ? statement?.history.at(-1) : undefined;
    await tx.put('perspective', {
      ...before,
      correctionStatus: args.outcome,
      correctionReason: args.reason,
      resolvedAt: context.now,
      correctedRevisionAt: revision?.replacedAt ?? null,
      updatedAt: context.now,
    });
  },
};
