import { useTranslation } from 'react-i18next';
import { todayInNl } from '../../../shared/catalog/dates';
import { familyRoles, type Member } from '../../../shared/domain';
import { likelyDuplicate } from '../../../shared/sync/member-rules';
import { ChoiceField, TextField } from '../components/fields';
import { ProForm } from '../components/pro-form';
import { useProForm } from '../components/use-pro-form';
import { proPaths } from '../pro-paths';
import {
  detailsOf,
  emptyMemberForm,
  formOfMember,
  memberFieldIds,
  problemsOf,
  type MemberFormProblem,
  type MemberFormValues,
} from './member-form-values';

/**
 * The fields a professional fills in about a family member. Rules are the server's own
 * (member-rules.ts), checked here first so every problem sits next to its field; a look-alike
 * member is a warning, never a block. A refusal by the server keeps everything typed.
 */
export function MemberForm({
  caseId,
  members,
  member,
}: {
  caseId: string;
  members: Member[];
  member?: Member;
}) {
  const { t } = useTranslation(['promember', 'pro']);
  const { values, set, errorOf, write, submit, frame } = useProForm<MemberFormValues, MemberFormProblem>({
    initial: member ? formOfMember(member) : emptyMemberForm,
    messageOf: (problem) => t(`promember:problem.${problem.code as 'required'}`),
    fieldId: (field) => memberFieldIds[field],
  });
  const role = values.role;
  const today = todayInNl();
  const duplicate =
    role && values.displayName.trim()
      ? likelyDuplicate(
          {
            id: member?.id ?? '',
            displayName: values.displayName,
            role,
            birthDate: values.birthDate || null,
          },
          members,
        )
      : undefined;
  const onSubmit = () =>
    submit({
      check: () => problemsOf(values, today),
      save: async () => {
        if (!role) return undefined;
        const details = detailsOf(values);
        return member
          ? write('member.update', { id: member.id, ...details })
          : write('member.add', { id: crypto.randomUUID(), caseId, role, ...details });
      },
      savedTo: proPaths.case(caseId),
    });

  return (
    <ProForm
      {...frame}
      submitLabel={member ? t('promember:edit.submit') : t('promember:add.submit')}
      onSubmit={onSubmit}
    >
      {!member && (
        <ChoiceField
          id={memberFieldIds.role}
          label={t('promember:field.role')}
          required
          value={role}
          onChange={set('role')}
          options={familyRoles.map((value) => ({ value, label: t(`promember:role.${value}`) }))}
          error={errorOf('role')}
        />
      )}
      <TextField
        id={memberFieldIds.displayName}
        label={t('promember:field.name')}
        hint={t('promember:field.nameHint')}
        required
        value={values.displayName}
        onChange={set('displayName')}
        error={errorOf('displayName')}
      />
      {duplicate && (
        <p className="pro-warning" role="status">
          {t('promember:duplicate', { name: duplicate.displayName })}
        </p>
      )}
      {role === 'parent' && (
        <ChoiceField
          id={memberFieldIds.hasCustody}
          label={t('promember:field.custody')}
          hint={t('promember:field.custodyHint')}
          required
          value={values.custody}
          onChange={set('custody')}
          options={[
            { value: 'yes', label: t('promember:field.custodyYes') },
            { value: 'no', label: t('promember:field.custodyNo') },
          ]}
          error={errorOf('hasCustody')}
        />
      )}
      <TextField
        id={memberFieldIds.birthDate}
        type="date"
        max={today}
        label={t('promember:field.birthDate')}
        hint={role === 'youth' ? t('promember:field.birthDateYouthHint') : undefined}
        required={role === 'youth'}
        value={values.birthDate}
        onChange={set('birthDate')}
        error={errorOf('birthDate')}
      />
      {role === 'youth' && (
        <label className="choice">
          <input
            type="checkbox"
            checked={values.consent}
            onChange={(event) => set('consent')(event.target.checked)}
          />
          {t('promember:field.consent')}
        </label>
      )}
      {role === 'network' && (
        <TextField
          id="member-relation"
          label={t('promember:field.relation')}
          hint={t('promember:field.relationHint')}
          value={values.relation}
          onChange={set('relation')}
        />
      )}
      <TextField
        id="member-phone"
        type="tel"
        label={t('promember:field.phone')}
        value={values.phone}
        onChange={set('phone')}
      />
      <TextField
        id="member-email"
        type="email"
        label={t('promember:field.email')}
        value={values.email}
        onChange={set('email')}
      />
      <TextField
        id="member-address"
        label={t('promember:field.address')}
        hint={t('promember:field.addressHint')}
        value={values.address}
        onChange={set('address')}
      />
    </ProForm>
  );
}
