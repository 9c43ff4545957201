import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { eventKinds, type CaseEvent, type Involvement, type Member } from '../../../shared/domain';
import { ErrorSummary } from '../components/error-summary';
import { CheckboxesField, SelectField, TextAreaField, TextField } from '../components/fields';
import { refusalKey } from '../components/refusal';
import { useWrite } from '../components/use-write';
import { WithheldField } from '../components/withheld-field';
import { proPaths } from '../pro-paths';
import {
  emptyEventForm,
  eventOf,
  eventProblems,
  formOfEvent,
  type EventFormValues,
  type EventProblem,
} from './event-form-values';

const ids: Record<string, string> = {
  title: 'event-title',
  date: 'event-date',
  startTime: 'event-start',
  endTime: 'event-end',
};
const fieldId = (field: string) => ids[field] ?? field;

interface Props {
  caseId: string;
  members: Member[];
  involvements: Involvement[];
  event?: CaseEvent;
}

/** A hearing, meeting or visit: when, where, who is invited, and how the family can prepare. */
export function EventForm({ caseId, members, involvements, event }: Props) {
  const { t } = useTranslation(['procase', 'events', 'pro']);
  const navigate = useNavigate();
  const { write, busy } = useWrite();
  const [values, setValues] = useState<EventFormValues>(() => (event ? formOfEvent(event) : emptyEventForm));
  const [problems, setProblems] = useState<EventProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const set =
    <K extends keyof EventFormValues>(key: K) =>
    (value: EventFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const errorOf = (field: EventProblem['field']) => {
    const problem = problems.find((p) => p.field === field);
    return problem && t(`procase:event.problem.${problem.code}`);
  };
  const family = members
    .filter((m) => m.role !== 'professional' && !m.endedOn)
    .map((m) => ({ value: m.id, label: m.displayName }));
  const people = involvements
    .filter((i) => !i.until)
    .map((i) => ({
      value: i.id,
      label: i.personName ? `${i.personName}, ${i.organisation}` : i.organisation,
    }));

  async function onSubmit(submitted: FormEvent) {
    submitted.preventDefault();
    if (busy) return;
    const found = eventProblems(values);
    setProblems(found);
    setRefusal(null);
    if (found.length > 0) return;
    const value = eventOf(values, { id: event?.id ?? crypto.randomUUID(), caseId, before: event });
    const result = await write('event.put', { value });
    if (result.state === 'rejected') setRefusal(t(`pro:refusal.${refusalKey(result.code)}`));
    else void navigate(proPaths.events(caseId), { state: { saved: result.state } });
  }

  return (
    <>
      <ErrorSummary
        problems={problems.map((p) => ({
          field: fieldId(p.field),
          message: t(`procase:event.problem.${p.code}`),
        }))}
        refusal={refusal}
      />
      <form className="form pro-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-busy={busy}>
        <SelectField
          id="event-kind"
          label={t('procase:event.field.kind')}
          value={values.kind}
          onChange={(kind) => set('kind')(kind as CaseEvent['kind'])}
          options={eventKinds.map((kind) => ({ value: kind, label: t(`events:kind.${kind}.name`) }))}
        />
        <TextField
          id={ids.title!}
          label={t('procase:event.field.title')}
          required
          value={values.title}
          onChange={set('title')}
          error={errorOf('title')}
        />
        <TextField
          id={ids.date!}
          type="date"
          label={t('procase:event.field.date')}
          required
          value={values.date}
          onChange={set('date')}
          error={errorOf('date')}
        />
        <TextField
          id={ids.startTime!}
          type="time"
          label={t('procase:event.field.start')}
          required
          value={values.startTime}
          onChange={set('startTime')}
          error={errorOf('startTime')}
        />
        <TextField
          id={ids.endTime!}
          type="time"
          label={t('procase:event.field.end')}
          value={values.endTime}
          onChange={set('endTime')}
          error={errorOf('endTime')}
        />
        <TextField
          id="event-place"
          label={t('procase:event.field.place')}
          value={values.place}
          onChange={set('place')}
        />
        <CheckboxesField
          id="event-invited"
          label={t('procase:event.field.invited')}
          values={values.invitedMembers}
          onChange={set('invitedMembers')}
          options={family}
          empty={<p>{t('procase:event.field.noFamily')}</p>}
        />
        <CheckboxesField
          id="event-with"
          label={t('procase:event.field.with')}
          values={values.withInvolvements}
          onChange={set('withInvolvements')}
          options={people}
          empty={<p>{t('procase:event.field.noPeople')}</p>}
        />
        <TextAreaField
          id="event-prepare"
          label={t('procase:event.field.prepare')}
          hint={t('procase:event.field.prepareHint')}
          value={values.prepareNote}
          onChange={set('prepareNote')}
        />
        <WithheldField
          members={members}
          value={values.withheld}
          onChange={set('withheld')}
          errorOf={(memberId) => errorOf(`withheld-${memberId}`)}
        />
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? t('pro:form.saving') : t('procase:event.submit')}
        </button>
      </form>
    </>
  );
}
