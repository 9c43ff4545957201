import { useTranslation } from 'react-i18next';
import { fetchColleagues } from '../../../data/api/pro-api';
import { CaseFrame } from '../components/case-frame';
import { SavedNotice } from '../components/saved-notice';
import { useCaseRows, useProParams } from '../components/use-case';
import { useOnline } from '../components/use-online';
import { AddColleague } from './add-colleague';
import { TeamMemberRow } from './team-member-row';

/**
 * The case team (decision 009): the professionals of my organisation who work on this case, each
 * with a role. Colleagues come from the server (online); the team itself is case data (offline too).
 */
export function TeamPage() {
  const { t } = useTranslation('proteam');
  const { caseId } = useProParams();
  const rows = useCaseRows(caseId);
  const colleagues = useOnline(() => fetchColleagues(caseId), [caseId]);
  return (
    <CaseFrame caseId={caseId} rows={rows} title={t('title')}>
      {({ members }) => {
        const team = members.filter((m) => m.role === 'professional' && !m.endedOn);
        return (
          <>
            <SavedNotice />
            <p>{t('intro')}</p>
            <ul role="list" className="pro-list">
              {team.map((member) => (
                <TeamMemberRow key={member.id} member={member} onChanged={colleagues.reload} />
              ))}
            </ul>
            <AddColleague caseId={caseId} colleagues={colleagues.result} onAdded={colleagues.reload} />
          </>
        );
      }}
    </CaseFrame>
  );
}
