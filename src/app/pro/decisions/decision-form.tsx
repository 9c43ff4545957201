import { useTranslation } from 'react-i18next';
import { todayInNl } from '../../../shared/catalog/dates';
import { measureKeys, type MeasureKey } from '../../../shared/catalog/measures';
import { decisionStatuses, type Decision, type Involvement, type Member } from '../../../shared/domain';
import { useDateFormat } from '../../i18n/format-date';
import { involvementOption } from '../components/choice-options';
import { SelectField, TextAreaField, TextField } from '../components/fields';
import { ProForm } from '../components/pro-form';
import { useProForm } from '../components/use-pro-form';
import { WithheldField } from '../components/withheld-field';
import { proPaths } from '../pro-paths';
import { CatalogueBox } from './catalogue-box';
import { ToEndField } from './to-end-field';
import {
  decisionOf,
  decisionProblems,
  emptyDecisionForm,
  formOfDecision,
  withMeasure,
  withStart,
  type DecisionFormValues,
  type DecisionProblem,
} from './decision-form-values';

const ids = {
  title: 'decision-title',
  decidedOn: 'decision-decided-on',
  startsOn: 'decision-starts-on',
  endsOn: 'decision-ends-on',
  reviewOn: 'decision-review-on',
  meaningParent: 'decision-meaning-parent',
  meaningYouth: 'decision-meaning-youth',
} as const;
const fieldId = (field: DecisionProblem['field']) =>
  field.startsWith('withheld-') || field.startsWith('to-end-') ? field : ids[field as keyof typeof ids];

interface Props {
  caseId: string;
  members: Member[];
  involvements: Involvement[];
  decision?: Decision;
}

/**
 * A decision starts from the measure in the catalogue, which fills in the articles and the usual
 * duration and shows the routes to object with their deadlines; the professional checks and adjusts.
 */
export function DecisionForm({ caseId, members, involvements, decision }: Props) {
  const { t } = useTranslation(['prodecision', 'measures', 'pro']);
  const format = useDateFormat();
  const { values, setValues, set, errorOf, write, submit, frame } = useProForm<
    DecisionFormValues,
    DecisionProblem
  >({
    initial: () => (decision ? formOfDecision(decision) : emptyDecisionForm(todayInNl())),
    messageOf: (problem, current) =>
      t(`prodecision:problem.${problem.code}`, {
        date: problem.maxEndsOn && format.day(problem.maxEndsOn),
        measure: t(`measures:measure.${current.kind}.name`),
      }),
    fieldId,
  });

  function onSubmit() {
    const id = decision?.id ?? crypto.randomUUID();
    return submit({
      check: () => decisionProblems(values),
      save: () => write('decision.put', { value: decisionOf(values, { id, caseId, before: decision }) }),
      savedTo: proPaths.decision(caseId, id),
    });
  }

  return (
    <ProForm {...frame} submitLabel={t('prodecision:submit')} onSubmit={onSubmit}>
      <SelectField
        id="decision-kind"
        label={t('prodecision:field.kind')}
        hint={t('prodecision:field.kindHint')}
        value={values.kind}
        onChange={(kind) => setValues((current) => withMeasure(current, kind as MeasureKey))}
        options={measureKeys.map((key) => ({ value: key, label: t(`measures:measure.${key}.name`) }))}
      />
      <CatalogueBox kind={values.kind} decidedOn={values.decidedOn} />
      <TextField
        id={ids.title}
        label={t('prodecision:field.title')}
        hint={t('prodecision:field.titleHint')}
        required
        value={values.title}
        onChange={set('title')}
        error={errorOf('title')}
      />
      <TextAreaField
        id="decision-summary"
        label={t('prodecision:field.summary')}
        value={values.summary}
        onChange={set('summary')}
      />
      <SelectField
        id="decision-decided-by"
        label={t('prodecision:field.decidedBy')}
        hint={t('prodecision:field.decidedByHint')}
        value={values.decidedBy}
        onChange={set('decidedBy')}
        options={[
          { value: '', label: t('prodecision:field.decidedByUnknown') },
          ...involvements.map(involvementOption),
        ]}
      />
      <TextField
        id={ids.decidedOn}
        type="date"
        label={t('prodecision:field.decidedOn')}
        hint={t('prodecision:field.decidedOnHint')}
        required
        value={values.decidedOn}
        onChange={set('decidedOn')}
        error={errorOf('decidedOn')}
      />
      <TextField
        id={ids.startsOn}
        type="date"
        label={t('prodecision:field.startsOn')}
        required
        value={values.startsOn}
        onChange={(startsOn) => setValues((current) => withStart(current, startsOn))}
        error={errorOf('startsOn')}
      />
      <TextField
        id={ids.endsOn}
        type="date"
        label={t('prodecision:field.endsOn')}
        hint={t('prodecision:field.endsOnHint')}
        value={values.endsOn}
        onChange={set('endsOn')}
        error={errorOf('endsOn')}
      />
      <TextField
        id={ids.reviewOn}
        type="date"
        label={t('prodecision:field.reviewOn')}
        value={values.reviewOn}
        onChange={set('reviewOn')}
        error={errorOf('reviewOn')}
      />
      <TextField
        id="decision-legal-basis"
        label={t('prodecision:field.legalBasis')}
        hint={t('prodecision:field.legalBasisHint')}
        value={values.legalBasis}
        onChange={set('legalBasis')}
      />
      <SelectField
        id="decision-status"
        label={t('prodecision:field.status')}
        value={values.status}
        onChange={(status) => set('status')(status as Decision['status'])}
        options={decisionStatuses.map((s) => ({ value: s, label: t(`measures:status.${s}`) }))}
      />
      <TextAreaField
        id={ids.meaningParent}
        label={t('prodecision:field.meaningParent')}
        hint={t('prodecision:field.meaningParentHint')}
        required
        value={values.meaningParent}
        onChange={set('meaningParent')}
        error={errorOf('meaningParent')}
      />
      <TextAreaField
        id={ids.meaningYouth}
        label={t('prodecision:field.meaningYouth')}
        hint={t('prodecision:field.meaningYouthHint')}
        required
        value={values.meaningYouth}
        onChange={set('meaningYouth')}
        error={errorOf('meaningYouth')}
      />
      <TextAreaField
        id="decision-next-steps"
        label={t('prodecision:field.nextSteps')}
        value={values.nextSteps}
        onChange={set('nextSteps')}
      />
      <ToEndField
        value={values.toEnd}
        onChange={set('toEnd')}
        errorOf={(field) => errorOf(field as DecisionProblem['field'])}
      />
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={values.sharedWithNetwork}
            onChange={(event) => set('sharedWithNetwork')(event.target.checked)}
          />
          {t('prodecision:field.sharedWithNetwork')}
        </label>
      </div>
      <WithheldField members={members} value={values.withheld} onChange={set('withheld')} errorOf={errorOf} />
    </ProForm>
  );
}
