import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContributionCounts } from '../../../data/repos/contributions-repo';
import { proPaths } from '../pro-paths';

/** What the family wrote that waits for the team; each count opens the inbox, filtered to this case. */
export function ContributionsSection({ caseId, counts }: { caseId: string; counts: ContributionCounts }) {
  const { t } = useTranslation('procase');
  return (
    <section className="overview-card" aria-labelledby="overview-contributions">
      <h2 id="overview-contributions">{t('contributions.title')}</h2>
      <ul role="list" className="plain-list">
        <li>
          <Link to={proPaths.inbox({ caseId, show: 'unanswered' })}>
            {t('contributions.unanswered', { count: counts.unanswered })}
          </Link>
        </li>
        <li>
          <Link to={proPaths.inbox({ caseId, show: 'corrections' })}>
            {t('contributions.corrections', { count: counts.openCorrections })}
          </Link>
        </li>
      </ul>
    </section>
  );
}
