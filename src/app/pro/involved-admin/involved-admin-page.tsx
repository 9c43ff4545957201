import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInNl } from '../../../shared/catalog/dates';
import type { Involvement, Member } from '../../../shared/domain';
import { useDateFormat } from '../../i18n/format-date';
import { CaseFrame } from '../components/case-frame';
import { SavedNotice } from '../components/saved-notice';
import { useCaseRows, useProParams } from '../components/use-case';
import { proPaths } from '../pro-paths';

/** Everyone involved in the case, now and before, with whose contact they are and who may not see their details. */
export function InvolvedAdminPage() {
  const { t } = useTranslation('proinvolved');
  const { caseId } = useProParams();
  const rows = useCaseRows(caseId);
  return (
    <CaseFrame caseId={caseId} rows={rows} title={t('list.title')}>
      {({ involvements, members }) => {
        const today = todayInNl();
        const current = involvements.filter((i) => i.until === null || i.until >= today);
        const earlier = involvements.filter((i) => i.until !== null && i.until < today);
        return (
          <>
            <SavedNotice />
            <p>
              <Link className="button button--primary" to={proPaths.newInvolvement(caseId)}>
                {t('list.add')}
              </Link>
            </p>
            <h2>{t('list.current')}</h2>
            {current.length === 0 ? (
              <p>{t('list.empty')}</p>
            ) : (
              <Cards caseId={caseId} list={current} members={members} />
            )}
            {earlier.length > 0 && (
              <>
                <h2>{t('list.earlier')}</h2>
                <Cards caseId={caseId} list={earlier} members={members} />
              </>
            )}
          </>
        );
      }}
    </CaseFrame>
  );
}

function Cards({ caseId, list, members }: { caseId: string; list: Involvement[]; members: Member[] }) {
  const { t } = useTranslation(['proinvolved', 'roles']);
  const format = useDateFormat();
  const names = (ids: readonly string[] | undefined) =>
    (ids ?? [])
      .map((id) => members.find((m) => m.id === id)?.displayName)
      .filter(Boolean)
      .join(', ');
  return (
    <ul role="list" className="pro-list">
      {list.map((involvement) => (
        <li key={involvement.id} className="pro-list__item pro-list__item--stacked">
          <Link className="pro-list__title" to={proPaths.involvement(caseId, involvement.id)}>
            {involvement.personName || involvement.organisation}
          </Link>
          <span>
            {t(`roles:role.${involvement.roleKey}.name`)}
            {involvement.personName && ` – ${involvement.organisation}`}
          </span>
          <span className="pro-list__meta">
            {involvement.until
              ? t('list.period', { from: format.day(involvement.since), to: format.day(involvement.until) })
              : t('list.since', { date: format.day(involvement.since) })}
          </span>
          {involvement.contactFor.length > 0 && (
            <span>{t('list.contactFor', { names: names(involvement.contactFor) })}</span>
          )}
          {(involvement.contactHiddenFrom ?? []).length > 0 && (
            <span>{t('list.hiddenFrom', { names: names(involvement.contactHiddenFrom) })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
