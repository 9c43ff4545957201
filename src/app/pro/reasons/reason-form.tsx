import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInNl } from '../../../shared/catalog/dates';
import type { Member, Perspective, Statement } from '../../../shared/domain';
import { TextAreaField, TextField } from '../components/fields';
import { ProForm } from '../components/pro-form';
import { useProForm } from '../components/use-pro-form';
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
  const { values, set, errorOf, write, submit, frame } = useProForm<ReasonFormValues, ReasonProblem>({
    initial: () => (statement ? formOfReason(statement) : emptyReasonForm),
    messageOf: (problem) => t(`prodecision:reason.problem.${problem.code}`),
    fieldId,
  });
  const [answer, setAnswer] = useState('');

  function onSubmit() {
    const today = todayInNl();
    return submit({
      check: () => reasonProblems(values, today, request ? answer : undefined),
      save: async () => {
        const id = statement?.id ?? crypto.randomUUID();
        const value = reasonOf(values, { id, caseId, decisionId, today, before: statement });
        const result = await write('statement.put', { value });
        if (result.state === 'rejected' || !request) return result;
        return write('perspective.resolve', { id: request.id, outcome: 'corrected', reason: answer.trim() });
      },
      savedTo: proPaths.decision(caseId, decisionId),
    });
  }

  return (
    <ProForm
      {...frame}
      submitLabel={statement ? t('prodecision:reason.submitAdjust') : t('prodecision:reason.submit')}
      onSubmit={onSubmit}
    >
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
      <WithheldField members={members} value={values.withheld} onChange={set('withheld')} errorOf={errorOf} />
    </ProForm>
  );
}
