import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { teamRoles, type TeamRole } from '../../../shared/catalog/team-roles';
import { usePageTitle } from '../../components/use-page-title';
import { ErrorSummary, type FieldProblem } from '../components/error-summary';
import { SelectField, TextField } from '../components/fields';
import { refusalKey } from '../components/refusal';
import { useWrite } from '../components/use-write';
import { proPaths } from '../pro-paths';

/** A new case: a title the family will see, and my role on its team. I become its professional. */
export function NewCasePage() {
  const { t } = useTranslation(['pro', 'proteam']);
  const navigate = useNavigate();
  const { write, busy } = useWrite();
  const [title, setTitle] = useState('');
  const [teamRole, setTeamRole] = useState<TeamRole>('jeugdbeschermer');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  usePageTitle(t('pro:newCase.title'));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const missing =
      title.trim() === '' ? [{ field: 'case-title', message: t('pro:newCase.titleMissing') }] : [];
    setProblems(missing);
    setRefusal(null);
    if (missing.length > 0) return;
    const id = crypto.randomUUID();
    const result = await write('case.create', {
      id,
      title: title.trim(),
      memberId: crypto.randomUUID(),
      teamRole,
    });
    if (result.state === 'rejected') setRefusal(t(`pro:refusal.${refusalKey(result.code)}`));
    else void navigate(proPaths.case(id), { state: { saved: result.state } });
  }

  return (
    <div className="pro-page pro-page--form">
      <p className="pro-kicker">
        <Link to={proPaths.cases}>{t('pro:nav.cases')}</Link>
      </p>
      <h1>{t('pro:newCase.title')}</h1>
      <p>{t('pro:newCase.intro')}</p>
      <ErrorSummary problems={problems} refusal={refusal} />
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
        <TextField
          id="case-title"
          label={t('pro:newCase.caseTitle')}
          hint={t('pro:newCase.caseTitleHint')}
          required
          value={title}
          onChange={setTitle}
          error={problems.find((p) => p.field === 'case-title')?.message}
        />
        <SelectField
          id="case-team-role"
          label={t('pro:newCase.teamRole')}
          value={teamRole}
          onChange={(value) => setTeamRole(value as TeamRole)}
          options={teamRoles.map((role) => ({ value: role, label: t(`proteam:role.${role}`) }))}
        />
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? t('pro:form.saving') : t('pro:newCase.submit')}
        </button>
      </form>
    </div>
  );
}
