import { useTranslation } from 'react-i18next';
import { todayInNl } from '../../../shared/catalog/dates';
import { roleKeys, type RoleKey } from '../../../shared/catalog/roles';
import type { Involvement, Member } from '../../../shared/domain';
import { CheckboxesField, SelectField, TextField } from '../components/fields';
import { familyOptions } from '../components/choice-options';
import { ProForm } from '../components/pro-form';
import { useProForm } from '../components/use-pro-form';
import { proPaths } from '../pro-paths';
import {
  emptyInvolvementForm,
  formOfInvolvement,
  involvementOf,
  involvementProblems,
  type InvolvementFormValues,
  type InvolvementProblem,
} from './involvement-form-values';

const fieldIds = { organisation: 'involvement-organisation', since: 'involvement-since' } as const;

/**
 * Who someone is (role from the catalogue, organisation, person), how to reach them at work, for
 * which family members they are the contact, and from whom their contact details stay hidden (e.g.
 * the other parent must not find a shelter's address). What the role may decide comes from the catalogue.
 */
export function InvolvementForm({
  caseId,
  members,
  involvement,
}: {
  caseId: string;
  members: Member[];
  involvement?: Involvement;
}) {
  const { t } = useTranslation(['proinvolved', 'roles', 'pro']);
  const { values, set, errorOf, write, submit, frame } = useProForm<
    InvolvementFormValues,
    InvolvementProblem
  >({
    initial: () => (involvement ? formOfInvolvement(involvement) : emptyInvolvementForm(todayInNl())),
    messageOf: (problem) => t(`proinvolved:problem.${problem.code}`),
    fieldId: (field) => fieldIds[field],
  });
  const family = familyOptions(members);

  function onSubmit() {
    const id = involvement?.id ?? crypto.randomUUID();
    return submit({
      check: () => involvementProblems(values),
      save: () =>
        write('involvement.put', { value: involvementOf(values, { id, caseId, before: involvement }) }),
      savedTo: proPaths.involved(caseId),
    });
  }

  return (
    <ProForm {...frame} submitLabel={t('proinvolved:submit')} onSubmit={onSubmit}>
      <SelectField
        id="involvement-role"
        label={t('proinvolved:field.role')}
        hint={t('proinvolved:field.mayDecide', { text: t(`roles:role.${values.roleKey}.mayDecide`) })}
        value={values.roleKey}
        onChange={(value) => set('roleKey')(value as RoleKey)}
        options={roleKeys.map((key) => ({ value: key, label: t(`roles:role.${key}.name`) }))}
      />
      <TextField
        id={fieldIds.organisation}
        label={t('proinvolved:field.organisation')}
        required
        value={values.organisation}
        onChange={set('organisation')}
        error={errorOf('organisation')}
      />
      <TextField
        id="involvement-person"
        label={t('proinvolved:field.person')}
        value={values.personName}
        onChange={set('personName')}
      />
      <TextField
        id="involvement-function"
        label={t('proinvolved:field.function')}
        hint={t('proinvolved:field.functionHint')}
        value={values.function}
        onChange={set('function')}
      />
      <TextField
        id="involvement-phone"
        type="tel"
        label={t('proinvolved:field.phone')}
        value={values.phone}
        onChange={set('phone')}
      />
      <TextField
        id="involvement-email"
        type="email"
        label={t('proinvolved:field.email')}
        value={values.email}
        onChange={set('email')}
      />
      <TextField
        id="involvement-hours"
        label={t('proinvolved:field.hours')}
        hint={t('proinvolved:field.hoursHint')}
        value={values.hours}
        onChange={set('hours')}
      />
      <TextField
        id={fieldIds.since}
        type="date"
        label={t('proinvolved:field.since')}
        required
        value={values.since}
        onChange={set('since')}
        error={errorOf('since')}
      />
      <CheckboxesField
        id="involvement-contact-for"
        label={t('proinvolved:field.contactFor')}
        hint={t('proinvolved:field.contactForHint')}
        values={values.contactFor}
        onChange={set('contactFor')}
        options={family}
        empty={<p>{t('proinvolved:field.noFamily')}</p>}
      />
      <CheckboxesField
        id="involvement-hidden-from"
        label={t('proinvolved:field.hiddenFrom')}
        hint={t('proinvolved:field.hiddenFromHint')}
        values={values.contactHiddenFrom}
        onChange={set('contactHiddenFrom')}
        options={family}
        empty={<p>{t('proinvolved:field.noFamily')}</p>}
      />
    </ProForm>
  );
}
