import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { CaseFrame } from '../components/case-frame';
import { useCaseRows, useProParams } from '../components/use-case';
import { proPaths } from '../pro-paths';
import { EndMember } from './end-member';
import { MemberForm } from './member-form';

/** Add a family member (…/gezin/nieuw) or change one (…/gezin/:memberId). */
export function MemberFormPage() {
  const { t } = useTranslation('promember');
  const { caseId, memberId } = useProParams();
  const rows = useCaseRows(caseId);
  const member = memberId ? rows?.members.find((m) => m.id === memberId) : undefined;
  const title = memberId ? t('edit.title', { name: member?.displayName ?? '' }) : t('add.title');
  return (
    <CaseFrame caseId={caseId} rows={rows} title={title}>
      {({ members }) => {
        if (!memberId) return <MemberForm caseId={caseId} members={members} />;
        if (!member) return <p>{t('edit.missing')}</p>;
        if (member.role === 'professional') return <Navigate to={proPaths.team(caseId)} replace />;
        if (member.endedOn) return <p>{t('edit.ended', { name: member.displayName })}</p>;
        return (
          <>
            <MemberForm key={member.id} caseId={caseId} members={members} member={member} />
            <EndMember caseId={caseId} member={member} />
          </>
        );
      }}
    </CaseFrame>
  );
}
