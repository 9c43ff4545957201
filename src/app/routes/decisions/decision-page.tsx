import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useScrollToHash } from '../../components/use-scroll-to-hash';
import { usePageTitle } from '../../components/use-page-title';
import { DecisionDetailView } from './decision-detail';
import { useDecisionDetail } from './use-decisions';
import '../../styles/cards.css';
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
          <span aria-hidden="true" className="back__arrow">
            ←{' '}
          </span>
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
