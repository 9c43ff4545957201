import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FieldProblem } from './error-summary';
import { refusalKey } from './refusal';
import { useWrite, type WriteResult } from './use-write';

interface Options<V, P extends { field: string }> {
  initial: V | (() => V);
  /** The text of a problem, next to its field and in the error summary. */
  messageOf: (problem: P, values: V) => string;
  /** The id of the control a problem's field is, the target of the summary's link. */
  fieldId: (field: P['field']) => string;
}

interface Submission<P> {
  /** The problems the typed values have; any of them stops the write. */
  check: () => P[];
  /** The write(s); nothing to write (undefined) stops quietly. */
  save: () => Promise<WriteResult | undefined>;
  /** Where an accepted or queued write goes on to, with the "saved" notice (SavedNotice). */
  savedTo: string;
}

/**
 * What every console form shares: its values, the problems found on submit, the server's refusal
 * (the typed input stays), and the submit itself: check, write, then on to the page with the notice.
 */
export function useProForm<V extends object, P extends { field: string }>({
  initial,
  messageOf,
  fieldId,
}: Options<V, P>) {
  const { t } = useTranslation('pro');
  const navigate = useNavigate();
  const { write, busy } = useWrite();
  const [values, setValues] = useState<V>(initial);
  const [problems, setProblems] = useState<P[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const set =
    <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const errorOf = (field: P['field']) => {
    const problem = problems.find((p) => p.field === field);
    return problem && messageOf(problem, values);
  };
  const summary: FieldProblem[] = problems.map((p) => ({
    field: fieldId(p.field),
    message: messageOf(p, values),
  }));

  async function submit({ check, save, savedTo }: Submission<P>) {
    if (busy) return;
    const found = check();
    setProblems(found);
    setRefusal(null);
    if (found.length > 0) return;
    const result = await save();
    if (!result) return;
    if (result.state === 'rejected') setRefusal(t(`refusal.${refusalKey(result.code)}`));
    else void navigate(savedTo, { state: { saved: result.state } });
  }

  /** What ProForm shows around the fields. */
  const frame = { summary, refusal, busy };

  return { values, setValues, set, errorOf, write, submit, frame };
}
