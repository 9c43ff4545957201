import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberAccess } from '../../../shared/api/pro';
import type { Member } from '../../../shared/domain';
import { useDateFormat } from '../../i18n/format-date';
import { AccessText } from '../components/member-access';
import { MemberRoleText } from '../components/member-line';
import type { Online } from '../components/use-online';
import { proPaths } from '../pro-paths';

/** The family: each member, their role, whether they can get in, and what to do next. */
export function MembersSection({
  caseId,
  members,
  access,
}: {
  caseId: string;
  members: Member[];
  access: Online<MemberAccess[]>;
}) {
  const { t } = useTranslation('procase');
  const format = useDateFormat();
  const family = members.filter((m) => m.role !== 'professional');
  const current = family.filter((m) => !m.endedOn);
  const ended = family.filter((m) => m.endedOn);
  return (
    <section className="overview-card overview-card--wide" aria-labelledby="overview-family">
      <h2 id="overview-family">{t('family.title')}</h2>
      {current.length === 0 ? (
        <p>{t('family.empty')}</p>
      ) : (
        <ul role="list" className="member-list">
          {current.map((member) => (
            <li key={member.id} className="member-row">
              <div>
                <p className="member-row__name">{member.displayName}</p>
                <p className="member-row__role">
                  <MemberRoleText member={member} />
                </p>
                <p className="member-row__access">
                  <AccessText access={access} memberId={member.id} />
                </p>
              </div>
              <ul role="list" className="member-row__actions">
                <li>
                  <Link to={proPaths.member(caseId, member.id)}>
                    {t('family.edit')}
                    <span className="visually-hidden"> {member.displayName}</span>
                  </Link>
                </li>
                <li>
                  <Link to={proPaths.invite(caseId, member.id)}>
                    {t('family.invite')}
                    <span className="visually-hidden"> {member.displayName}</span>
                  </Link>
                </li>
                <li>
                  <Link to={proPaths.viewAs(caseId, member.id)}>
                    {t('family.viewAs', { name: member.displayName })}
                  </Link>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link className="button" to={proPaths.newMember(caseId)}>
          {t('family.add')}
        </Link>
      </p>
      {ended.length > 0 && (
        <>
          <h3>{t('family.ended')}</h3>
          <ul role="list" className="plain-list">
            {ended.map((member) => (
              <li key={member.id}>
                {t('family.endedOn', { name: member.displayName, date: format.day(member.endedOn!) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
