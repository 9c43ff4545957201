import { useTranslation } from 'react-i18next';
import type { ContributionCounts } from '../../../data/repos/contributions-repo';

/**
 * What the family wrote that waits for the team. Counts only: the inbox where they are answered
 * comes with the next console issue (11), which links these lines to it.
 */
export function ContributionsSection({ counts }: { counts: ContributionCounts }) {
  const { t } = useTranslation('procase');
  return (
    <section className="overview-card" aria-labelledby="overview-contributions">
      <h2 id="overview-contributions">{t('contributions.title')}</h2>
      <ul role="list" className="plain-list">
        <li>{t('contributions.unanswered', { count: counts.unanswered })}</li>
        <li>{t('contributions.corrections', { count: counts.openCorrections })}</li>
      </ul>
    </section>
  );
}
