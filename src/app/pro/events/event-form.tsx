import { useTranslation } from 'react-i18next';
import { eventKinds, type CaseEvent, type Involvement, type Member } from '../../../shared/domain';
import { CheckboxesField, SelectField, TextAreaField, TextField } from '../components/fields';
import { familyOptions, involvementOption } from '../components/choice-options';
import { ProForm } from '../components/pro-form';
import { useProForm } from '../components/use-pro-form';
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
  const { values, set, errorOf, write, submit, frame } = useProForm<EventFormValues, EventProblem>({
    initial: () => (event ? formOfEvent(event) : emptyEventForm),
    messageOf: (problem) => t(`procase:event.problem.${problem.code}`),
    fieldId,
  });
  const family = familyOptions(members);
  const people = involvements.filter((i) => !i.until).map(involvementOption);

  const onSubmit = () =>
    submit({
      check: () => eventProblems(values),
      save: () =>
        write('event.put', {
          value: eventOf(values, { id: event?.id ?? crypto.randomUUID(), caseId, before: event }),
        }),
      savedTo: proPaths.events(caseId),
    });

  return (
    <ProForm {...frame} submitLabel={t('procase:event.submit')} onSubmit={onSubmit}>
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
      <WithheldField members={members} value={values.withheld} onChange={set('withheld')} errorOf={errorOf} />
    </ProForm>
  );
}
