import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusChip } from '../../routes/decisions/status-chip';
import { useDateFormat } from '../../i18n/format-date';
import { CaseFrame } from '../components/case-frame';
import { SavedNotice } from '../components/saved-notice';
import { useCaseRows, useProParams } from '../components/use-case';
import { proPaths } from '../pro-paths';
import { ReasonItem } from '../reasons/reason-item';
import { objectionRoutesOf } from './decision-form-values';
import { useDecisionRows } from './use-decision-rows';

/** One decision for the team: its dates and routes, its reasons to keep current, and the preview. */
export function DecisionPage() {
  const { t } = useTranslation(['prodecision', 'measures']);
  const { caseId, decisionId = '' } = useProParams();
  const rows = useCaseRows(caseId);
  const data = useDecisionRows(decisionId);
  const format = useDateFormat();
  const decision = data?.decision;
  return (
    <CaseFrame caseId={caseId} rows={rows} title={decision?.title ?? t('prodecision:detail.title')}>
      {() =>
        data === undefined ? (
          <p role="status">{t('prodecision:loading')}</p>
        ) : !decision ? (
          <p>{t('prodecision:detail.missing')}</p>
        ) : (
          <>
            <SavedNotice />
            <p>
              {t(`measures:measure.${decision.kind}.name`)} <StatusChip status={decision.status} />
            </p>
            <dl className="pro-facts">
              <dt>{t('prodecision:field.decidedOn')}</dt>
              <dd>{format.day(decision.decidedOn)}</dd>
              <dt>{t('prodecision:field.startsOn')}</dt>
              <dd>{format.day(decision.startsOn)}</dd>
              <dt>{t('prodecision:field.endsOn')}</dt>
              <dd>{decision.endsOn ? format.day(decision.endsOn) : t('prodecision:detail.none')}</dd>
              <dt>{t('prodecision:field.legalBasis')}</dt>
              <dd>{decision.legalBasis || t('prodecision:detail.none')}</dd>
            </dl>
            <h2>{t('prodecision:catalogue.routes')}</h2>
            <ul role="list" className="plain-list">
              {objectionRoutesOf(decision.kind, decision.decidedOn).map((route) => (
                <li key={route.route}>
                  {t(`measures:route.${route.route}.name`)}:{' '}
                  {route.deadline
                    ? t('prodecision:catalogue.until', { date: format.day(route.deadline) })
                    : t('prodecision:catalogue.noDeadline')}
                </li>
              ))}
            </ul>
            <p className="pro-actions">
              <Link className="button" to={proPaths.editDecision(caseId, decision.id)}>
                {t('prodecision:detail.edit')}
              </Link>
              <Link className="button" to={proPaths.decisionPreview(caseId, decision.id)}>
                {t('prodecision:detail.preview')}
              </Link>
            </p>
            <h2>{t('prodecision:detail.reasons')}</h2>
            <p>
              <Link className="button button--primary" to={proPaths.newReason(caseId, decision.id)}>
                {t('prodecision:detail.addReason')}
              </Link>
            </p>
            {data.statements.length === 0 ? (
              <p>{t('prodecision:detail.noReasons')}</p>
            ) : (
              <ul role="list" className="pro-list">
                {data.statements.map((statement) => (
                  <li key={statement.id}>
                    <ReasonItem statement={statement} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )
      }
    </CaseFrame>
  );
}
