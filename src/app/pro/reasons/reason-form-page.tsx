import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { getContribution } from '../../../data/repos/inbox-repo';
import { CaseFrame } from '../components/case-frame';
import { useCaseRows, useProParams } from '../components/use-case';
import { useDecisionRows } from '../decisions/use-decision-rows';
import { ReasonForm } from './reason-form';

/**
 * A new reason (…/redenen/nieuw) or "aanpassen" of one (…/redenen/:statementId); with
 * `?verzoek=<id>` the change answers that correction request of the family.
 */
export function ReasonFormPage() {
  const { t } = useTranslation('prodecision', { keyPrefix: 'reason' });
  const { caseId, decisionId = '', statementId } = useProParams();
  const requestId = new URLSearchParams(useLocation().search).get('verzoek');
  const rows = useCaseRows(caseId);
  const data = useDecisionRows(decisionId);
  const request = useLiveQuery(async () => (requestId ? getContribution(requestId) : null), [requestId]);
  const statement = statementId ? data?.statements.find((s) => s.id === statementId) : undefined;
  const title = statementId ? t('adjust.title') : t('add.title');
  return (
    <CaseFrame caseId={caseId} rows={rows} title={title}>
      {({ members }) => {
        if (data === undefined || request === undefined) return <p role="status">{t('loading')}</p>;
        if (!data.decision || (statementId && !statement)) return <p>{t('missing')}</p>;
        return (
          <>
            <p className="pro-lead">{t('forDecision', { title: data.decision.title })}</p>
            {request && (
              <aside className="pro-quote" aria-labelledby="request-title">
                <h2 id="request-title">{t('request.title')}</h2>
                <blockquote>{request.text}</blockquote>
              </aside>
            )}
            <ReasonForm
              key={statementId ?? 'new'}
              caseId={caseId}
              decisionId={decisionId}
              members={members}
              statement={statement}
              request={request ?? undefined}
            />
          </>
        );
      }}
    </CaseFrame>
  );
}
