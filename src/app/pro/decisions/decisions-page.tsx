import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInNl } from '../../../shared/catalog/dates';
import { StatusChip } from '../../routes/decisions/status-chip';
import { useDateFormat } from '../../i18n/format-date';
import { CaseFrame } from '../components/case-frame';
import { SavedNotice } from '../components/saved-notice';
import { useCaseRows, useProParams } from '../components/use-case';
import { proPaths } from '../pro-paths';
import { isUnchecked } from '../reasons/stale-reasons';
import { useCaseDecisions } from './use-decision-rows';

/** Every decision of the case, newest first, with how many reasons and how many wait to be checked. */
export function DecisionsPage() {
  const { t } = useTranslation(['prodecision', 'measures']);
  const { caseId } = useProParams();
  const rows = useCaseRows(caseId);
  const data = useCaseDecisions(caseId);
  const format = useDateFormat();
  const today = todayInNl();
  return (
    <CaseFrame caseId={caseId} rows={rows} title={t('prodecision:list.title')}>
      {() => (
        <>
          <SavedNotice />
          <p>
            <Link className="button button--primary" to={proPaths.newDecision(caseId)}>
              {t('prodecision:list.new')}
            </Link>
          </p>
          {data === undefined ? (
            <p role="status">{t('prodecision:loading')}</p>
          ) : data.decisions.length === 0 ? (
            <p>{t('prodecision:list.empty')}</p>
          ) : (
            <ul role="list" className="pro-list">
              {data.decisions.map((decision) => {
                const reasons = data.statements.filter((s) => s.decisionId === decision.id);
                const unchecked = reasons.filter((s) => isUnchecked(s, today)).length;
                return (
                  <li key={decision.id} className="pro-list__item">
                    <h2>
                      <Link to={proPaths.decision(caseId, decision.id)}>{decision.title}</Link>
                    </h2>
                    <p>
                      {t(`measures:measure.${decision.kind}.name`)} · {format.day(decision.decidedOn)}{' '}
                      <StatusChip status={decision.status} />
                    </p>
                    <p>
                      {t('prodecision:list.reasons', { count: reasons.length })}
                      {unchecked > 0 && ` · ${t('prodecision:list.unchecked', { count: unchecked })}`}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </CaseFrame>
  );
}
