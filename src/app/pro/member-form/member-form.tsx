import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayInNl } from '../../../shared/catalog/dates';
import { familyRoles, type Member } from '../../../shared/domain';
import { likelyDuplicate } from '../../../shared/sync/member-rules';
import { ErrorSummary } from '../components/error-summary';
import { ChoiceField, TextField } from '../components/fields';
import { refusalKey } from '../components/refusal';
import { useWrite } from '../components/use-write';
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
  const navigate = useNavigate();
  const { write, busy } = useWrite();
  const [values, setValues] = useState<MemberFormValues>(member ? formOfMember(member) : emptyMemberForm);
  const [problems, setProblems] = useState<MemberFormProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const set =
    <K extends keyof MemberFormValues>(key: K) =>
    (value: MemberFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
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
  const messageOf = (problem: MemberFormProblem) => t(`promember:problem.${problem.code as 'required'}`);
  const errorOf = (field: MemberFormProblem['field']) => {
    const problem = problems.find((p) => p.field === field);
    return problem && messageOf(problem);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = problemsOf(values, today);
    setProblems(found);
    setRefusal(null);
    if (found.length > 0 || !role) return;
    const details = detailsOf(values);
    const result = member
      ? await write('member.update', { id: member.id, ...details })
      : await write('member.add', { id: crypto.randomUUID(), caseId, role, ...details });
    if (result.state === 'rejected') setRefusal(t(`pro:refusal.${refusalKey(result.code)}`));
    else void navigate(proPaths.case(caseId), { state: { saved: result.state } });
  }

  return (
    <>
      <ErrorSummary
        problems={problems.map((p) => ({ field: memberFieldIds[p.field], message: messageOf(p) }))}
        refusal={refusal}
      />
      <form className="form pro-form" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
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
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? t('pro:form.saving') : member ? t('promember:edit.submit') : t('promember:add.submit')}
        </button>
      </form>
    </>
  );
}
