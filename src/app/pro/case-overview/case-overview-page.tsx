import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseFrame } from '../components/case-frame';
import { useMemberAccess } from '../components/member-access';
import { MemberRoleText } from '../components/member-line';
import { RefusedWrites } from '../components/refused-writes';
import { SavedNotice } from '../components/saved-notice';
import { useCaseRows, useProParams } from '../components/use-case';
import { proPaths } from '../pro-paths';
import { ContributionsSection } from './contributions-section';
import { InvolvedSection } from './involved-section';
import { MembersSection } from './members-section';
import { StaleReasonsSection } from './stale-reasons-section';
import { UpcomingSection } from './upcoming-section';
import { useOverviewExtras } from './use-case-overview';

/**
 * One case at a glance: the family and whether they can get in, who is involved and for whom,
 * what is coming up, what the family wrote that waits for an answer, and the team.
 */
export function CaseOverviewPage() {
  const { t } = useTranslation('procase');
  const { caseId } = useProParams();
  const rows = useCaseRows(caseId);
  const extras = useOverviewExtras(caseId);
  const access = useMemberAccess(caseId);
  return (
    <CaseFrame caseId={caseId} rows={rows} title={t('title')}>
      {({ members, involvements }) => (
        <>
          <SavedNotice />
          {extras && <RefusedWrites caseId={caseId} refused={extras.refused} />}
          <div className="overview-grid">
            <MembersSection caseId={caseId} members={members} access={access.result} />
            <InvolvedSection caseId={caseId} involvements={involvements} members={members} />
            {extras && <UpcomingSection upcoming={extras.upcoming} />}
            {extras && <ContributionsSection caseId={caseId} counts={extras.counts} />}
            {extras && <StaleReasonsSection caseId={caseId} reasons={extras.unchecked} />}
            <section className="overview-card" aria-labelledby="overview-team">
              <h2 id="overview-team">{t('team.title')}</h2>
              <ul role="list" className="plain-list">
                {members
                  .filter((m) => m.role === 'professional' && !m.endedOn)
                  .map((m) => (
                    <li key={m.id}>
                      {m.displayName} (<MemberRoleText member={m} />)
                    </li>
                  ))}
              </ul>
              <Link to={proPaths.team(caseId)}>{t('team.manage')}</Link>
            </section>
          </div>
        </>
      )}
    </CaseFrame>
  );
}
