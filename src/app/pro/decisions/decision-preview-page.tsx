import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInNl } from '../../../shared/catalog/dates';
import { CaseFrame } from '../components/case-frame';
import { SelectField } from '../components/fields';
import { useCaseRows, useProParams } from '../components/use-case';
import { proPaths } from '../pro-paths';
import { previewFor } from './preview-view';
import { useDecisionRows } from './use-decision-rows';

const DecisionDetailView = lazy(() => import('./preview-detail'));

/** The decision exactly as the chosen family member will see it, with the family's own page parts. */
export function DecisionPreviewPage() {
  const { t } = useTranslation('prodecision');
  const { caseId, decisionId = '' } = useProParams();
  const rows = useCaseRows(caseId);
  const data = useDecisionRows(decisionId);
  const [chosen, setChosen] = useState('');
  return (
    <CaseFrame caseId={caseId} rows={rows} title={t('preview.title')}>
      {({ members, involvements }) => {
        if (data === undefined) return <p role="status">{t('loading')}</p>;
        if (!data.decision) return <p>{t('detail.missing')}</p>;
        const family = members.filter((m) => m.role !== 'professional' && !m.endedOn);
        if (family.length === 0) return <p>{t('preview.noFamily')}</p>;
        const member = family.find((m) => m.id === chosen) ?? family[0]!;
        const detail = previewFor(member, data.decision, data.statements, involvements, todayInNl());
        return (
          <>
            <p>
              <Link to={proPaths.decision(caseId, decisionId)}>{t('preview.back')}</Link>
            </p>
            <SelectField
              id="preview-member"
              label={t('preview.member')}
              value={member.id}
              onChange={setChosen}
              options={family.map((m) => ({ value: m.id, label: m.displayName }))}
            />
            <section className="view-as" aria-labelledby="preview-frame">
              <div className="view-as__banner">
                <h2 id="preview-frame">{t('preview.banner', { name: member.displayName })}</h2>
                <p>{t('preview.readOnly')}</p>
              </div>
              <div className="decision">
                {detail ? (
                  <Suspense fallback={<p role="status">{t('loading')}</p>}>
                    <DecisionDetailView detail={detail} isYouth={member.role === 'youth'} />
                  </Suspense>
                ) : (
                  <p>{t('preview.hidden', { name: member.displayName })}</p>
                )}
              </div>
            </section>
          </>
        );
      }}
    </CaseFrame>
  );
}
