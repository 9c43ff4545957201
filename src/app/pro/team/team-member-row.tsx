import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teamRoles, type TeamRole } from '../../../shared/catalog/team-roles';
import type { Member } from '../../../shared/domain';
import { SelectField } from '../components/fields';
import { refusalKey } from '../components/refusal';
import { useWrite } from '../components/use-write';

/** One professional on the team: change their role, or take them off the case. */
export function TeamMemberRow({ member, onChanged }: { member: Member; onChanged: () => void }) {
  const { t } = useTranslation(['proteam', 'pro']);
  const { write, busy } = useWrite();
  const [role, setRole] = useState<TeamRole>(member.teamRole ?? 'other');
  const [message, setMessage] = useState<string | null>(null);

  async function run(result: Promise<{ state: string; code?: string }>) {
    const outcome = await result;
    setMessage(
      outcome.state === 'rejected'
        ? t(`pro:refusal.${refusalKey(outcome.code ?? '')}`)
        : t(outcome.state === 'accepted' ? 'pro:saved.accepted' : 'pro:saved.queued'),
    );
    onChanged();
  }

  return (
    <li className="pro-list__item pro-list__item--stacked">
      <span className="pro-list__title">{member.displayName}</span>
      <div className="pro-actions">
        <SelectField
          id={`team-role-${member.id}`}
          label={t('proteam:roleOf', { name: member.displayName })}
          value={role}
          onChange={(value) => setRole(value as TeamRole)}
          options={teamRoles.map((key) => ({ value: key, label: t(`proteam:role.${key}`) }))}
        />
        <button
          type="button"
          className="button"
          aria-disabled={busy}
          onClick={() => void run(write('team.setRole', { id: member.id, teamRole: role }))}
        >
          {t('proteam:saveRole')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-disabled={busy}
          onClick={() => void run(write('member.end', { id: member.id }))}
        >
          {t('proteam:remove', { name: member.displayName })}
        </button>
      </div>
      <p role="status" className="pro-list__meta">
        {message ?? ''}
      </p>
    </li>
  );
}
