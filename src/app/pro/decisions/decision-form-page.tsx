import { useTranslation } from 'react-i18next';
import { CaseFrame } from '../components/case-frame';
import { useCaseRows, useProParams } from '../components/use-case';
import { DecisionForm } from './decision-form';
import { useDecisionRows } from './use-decision-rows';

/** Record a decision (…/besluiten/nieuw) or change one (…/besluiten/:decisionId/wijzigen). */
export function DecisionFormPage() {
  const { t } = useTranslation('prodecision');
  const { caseId, decisionId } = useProParams();
  const rows = useCaseRows(caseId);
  const data = useDecisionRows(decisionId ?? '');
  const decision = decisionId ? data?.decision : undefined;
  const title = decisionId ? t('edit.title', { title: decision?.title ?? '' }) : t('add.title');
  return (
    <CaseFrame caseId={caseId} rows={rows} title={title}>
      {({ members, involvements }) => {
        if (decisionId && data === undefined) return <p role="status">{t('loading')}</p>;
        if (decisionId && !decision) return <p>{t('detail.missing')}</p>;
        return (
          <DecisionForm
            key={decisionId ?? 'new'}
            caseId={caseId}
            members={members}
            involvements={involvements}
            decision={decision ?? undefined}
          />
        );
      }}
    </CaseFrame>
  );
}
