import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { DecisionDetailView } from './decision-detail';
import { useDecisionDetail } from './use-decisions';
import '../../styles/decisions.css';

export function DecisionPage() {
  const { t } = useTranslation('decisions');
  const { decisionId = '' } = useParams();
  const data = useDecisionDetail(decisionId);
  usePageTitle(data?.detail?.decision.title ?? t('title'));
  useScrollToHash(Boolean(data?.detail));

  return (
    <div className="decision">
      <p className="back">
        <Link to="/besluiten">
          <span aria-hidden="true">← </span>
          {t('back')}
        </Link>
      </p>
      {data === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : data.detail === null ? (
        <>
          <h1>{t('notFound.title')}</h1>
          <div className="empty-state">
            <p>{t('notFound.text')}</p>
          </div>
        </>
      ) : (
        <DecisionDetailView detail={data.detail} isYouth={data.isYouth} withVoice />
      )}
    </div>
  );
}

/** "Wat kan ik doen?" on Mijn overzicht opens this page at #bezwaar once the decision is read. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView?.();
    target?.focus({ preventScroll: true });
  }, [ready, hash]);
}
