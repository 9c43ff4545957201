import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInNl } from '../../../shared/catalog/dates';
import type { Involvement, Member } from '../../../shared/domain';
import { proPaths } from '../pro-paths';

/** The people involved now, and for whom each is the contact. */
export function InvolvedSection({
  caseId,
  involvements,
  members,
}: {
  caseId: string;
  involvements: Involvement[];
  members: Member[];
}) {
  const { t } = useTranslation(['procase', 'roles']);
  const today = todayInNl();
  const current = involvements.filter((i) => i.until === null || i.until >= today);
  const nameOf = (id: string) => members.find((m) => m.id === id)?.displayName ?? '';
  return (
    <section className="overview-card" aria-labelledby="overview-involved">
      <h2 id="overview-involved">{t('procase:involved.title')}</h2>
      {current.length === 0 ? (
        <p>{t('procase:involved.empty')}</p>
      ) : (
        <ul role="list" className="plain-list">
          {current.map((involvement) => (
            <li key={involvement.id}>
              <Link to={proPaths.involvement(caseId, involvement.id)}>
                {involvement.personName || involvement.organisation}
              </Link>{' '}
              – {t(`roles:role.${involvement.roleKey}.name`)}
              {involvement.contactFor.length > 0 && (
                <>
                  <br />
                  {t('procase:involved.contactFor', {
                    names: involvement.contactFor.map(nameOf).filter(Boolean).join(', '),
                  })}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <Link to={proPaths.involved(caseId)}>{t('procase:involved.manage')}</Link>
    </section>
  );
}
