import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColleagueInfo } from '../../../shared/api/pro';
import { teamRoles, type TeamRole } from '../../../shared/catalog/team-roles';
import { SelectField } from '../components/fields';
import { refusalKey } from '../components/refusal';
import type { Online } from '../components/use-online';
import { useWrite } from '../components/use-write';

/** A colleague of my organisation who is not on the case yet joins it, in a role. Online only. */
export function AddColleague({
  caseId,
  colleagues,
  onAdded,
}: {
  caseId: string;
  colleagues: Online<ColleagueInfo[]>;
  onAdded: () => void;
}) {
  const { t } = useTranslation(['proteam', 'pro', 'errors']);
  const { write, busy } = useWrite();
  const [userId, setUserId] = useState('');
  const [teamRole, setTeamRole] = useState<TeamRole>('gedragswetenschapper');
  const [message, setMessage] = useState<string | null>(null);

  if (colleagues.state === 'loading') return <p role="status">{t('pro:loading')}</p>;
  if (colleagues.state === 'failed') return <p>{t('proteam:add.offline')}</p>;
  const free = colleagues.data.filter((c) => c.memberId === null);
  const chosen = userId || free[0]?.userId || '';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy || !chosen) return;
    const result = await write('team.add', { id: crypto.randomUUID(), caseId, userId: chosen, teamRole });
    setMessage(
      result.state === 'rejected'
        ? t(`pro:refusal.${refusalKey(result.code)}`)
        : t(result.state === 'accepted' ? 'pro:saved.accepted' : 'pro:saved.queued'),
    );
    setUserId('');
    onAdded();
  }

  return (
    <section aria-labelledby="add-colleague-title" className="overview-card">
      <h2 id="add-colleague-title">{t('proteam:add.title')}</h2>
      {free.length === 0 ? (
        <p>{t('proteam:add.none')}</p>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
          <SelectField
            id="colleague"
            label={t('proteam:add.who')}
            value={chosen}
            onChange={setUserId}
            options={free.map((c) => ({ value: c.userId, label: c.displayName }))}
          />
          <SelectField
            id="colleague-role"
            label={t('proteam:add.role')}
            value={teamRole}
            onChange={(value) => setTeamRole(value as TeamRole)}
            options={teamRoles.map((key) => ({ value: key, label: t(`proteam:role.${key}`) }))}
          />
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {t('proteam:add.submit')}
          </button>
        </form>
      )}
      <p role="status">{message ?? ''}</p>
    </section>
  );
}
