import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayInNl } from '../../../shared/catalog/dates';
import type { Member, Perspective, Statement } from '../../../shared/domain';
import { ErrorSummary } from '../components/error-summary';
import { TextAreaField, TextField } from '../components/fields';
import { refusalKey } from '../components/refusal';
import { useWrite } from '../components/use-write';
import { WithheldField } from '../components/withheld-field';
import { proPaths } from '../pro-paths';
import { KindField } from './kind-field';
import {
  emptyReasonForm,
  formOfReason,
  reasonOf,
  reasonProblems,
  type ReasonFormValues,
  type ReasonProblem,
} from './reason-form-values';

const ids: Record<string, string> = {
  kind: 'reason-kind',
  text: 'reason-text',
  source: 'reason-source',
  observedOn: 'reason-observed-on',
  answer: 'reason-answer',
};
const fieldId = (field: string) => ids[field] ?? field;

interface Props {
  caseId: string;
  decisionId: string;
  members: Member[];
  statement?: Statement;
  /** The correction request this change answers: it is resolved as corrected in the same step. */
  request?: Perspective;
}

/**
 * A new reason, or "aanpassen" of an existing one: the old wording stays readable for the family,
 * marked replaced. Answering a correction request, the form also asks what to tell the family, and
 * resolves the request as corrected together with the change.
 */
export function ReasonForm({ caseId, decisionId, members, statement, request }: Props) {
  const { t } = useTranslation(['prodecision', 'pro']);
  const navigate = useNavigate();
  const { write, busy } = useWrite();
  const [values, setValues] = useState<ReasonFormValues>(() =>
    statement ? formOfReason(statement) : emptyReasonForm,
  );
  const [answer, setAnswer] = useState('');
  const [problems, setProblems] = useState<ReasonProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const set =
    <K extends keyof ReasonFormValues>(key: K) =>
    (value: ReasonFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const errorOf = (field: ReasonProblem['field']) => {
    const problem = problems.find((p) => p.field === field);
    return problem && t(`prodecision:reason.problem.${problem.code}`);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const today = todayInNl();
    const found = reasonProblems(values, today, request ? answer : undefined);
    setProblems(found);
    setRefusal(null);
    if (found.length > 0) return;
    const id = statement?.id ?? crypto.randomUUID();
    const value = reasonOf(values, { id, caseId, decisionId, today, before: statement });
    let result = await write('statement.put', { value });
    if (result.state !== 'rejected' && request) {
      result = await write('perspective.resolve', {
        id: request.id,
        outcome: 'corrected',
        reason: answer.trim(),
      });
    }
    if (result.state === 'rejected') setRefusal(t(`pro:refusal.${refusalKey(result.code)}`));
    else void navigate(proPaths.decision(caseId, decisionId), { state: { saved: result.state } });
  }

  return (
    <>
      <ErrorSummary
        problems={problems.map((p) => ({
          field: fieldId(p.field),
          message: t(`prodecision:reason.problem.${p.code}`),
        }))}
        refusal={refusal}
      />
      <form className="form pro-form" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
        <KindField value={values.kind} onChange={set('kind')} error={errorOf('kind')} />
        <TextAreaField
          id={ids.text!}
          label={t('prodecision:reason.field.text')}
          hint={
            statement ? t('prodecision:reason.field.textHintAdjust') : t('prodecision:reason.field.textHint')
          }
          required
          value={values.text}
          onChange={set('text')}
          error={errorOf('text')}
        />
        <TextField
          id={ids.source!}
          label={t('prodecision:reason.field.source')}
          hint={t('prodecision:reason.field.sourceHint')}
          required
          value={values.source}
          onChange={set('source')}
          error={errorOf('source')}
        />
        <TextField
          id={ids.observedOn!}
          type="date"
          label={t('prodecision:reason.field.observedOn')}
          hint={t('prodecision:reason.field.observedOnHint')}
          required
          max={todayInNl()}
          value={values.observedOn}
          onChange={set('observedOn')}
          error={errorOf('observedOn')}
        />
        {request && (
          <TextAreaField
            id={ids.answer!}
            label={t('prodecision:reason.field.answer')}
            hint={t('prodecision:reason.field.answerHint')}
            required
            value={answer}
            onChange={setAnswer}
            error={errorOf('answer')}
          />
        )}
        <WithheldField
          members={members}
          value={values.withheld}
          onChange={set('withheld')}
          errorOf={(memberId) => errorOf(`withheld-${memberId}`)}
        />
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy
            ? t('pro:form.saving')
            : statement
              ? t('prodecision:reason.submitAdjust')
              : t('prodecision:reason.submit')}
        </button>
      </form>
    </>
  );
}
